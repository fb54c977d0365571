import Foundation
import SalesDomain
import Yams

/// Reads a composed node tree into a ``FrameworkDocument``, noting where every part was written
/// and reporting, rather than stopping at, each value of the wrong kind, unknown key and
/// repeated key.
///
/// An unreadable value is left empty in the document (an unreadable area or level is still
/// added, so that the indexes of ``FrameworkPath`` keep matching the file) and its path is kept
/// in ``unreadablePaths``, so that what ``FrameworkDocument/validate()`` then says about the
/// empty value is recognised as a repeat of the same problem.
struct FrameworkNodeReader {
    private(set) var problems: [FrameworkFileProblem] = []
    private(set) var locations = FrameworkNodeLocations()
    private(set) var unreadablePaths: [FrameworkPath] = []
    private let setAsideKeys: [TextPosition: String]

    init(setAsideKeys: [TextPosition: String]) {
        self.setAsideKeys = setAsideKeys
    }

    /// The document, or `nil` when the top of the file is not a mapping.
    mutating func readDocument(_ root: Node) -> FrameworkDocument? {
        let path = FrameworkPath.root
        locations.record(path, at: Self.position(of: root))
        if root.isNull {
            problems.append(.emptyFile)
            return nil
        }
        guard case .mapping(let mapping) = root else {
            problems.append(FrameworkFileProblem(
                at: Self.position(of: root), kind: .wrongType,
                message: "the top of the file must be a mapping of format, key, name, scale and areas; found \(Self.describe(root))"
            ))
            return nil
        }
        let values = entries(of: mapping, at: path, allowed: FrameworkFileKeys.document, holder: "a framework")
        return FrameworkDocument(
            format: integer(values["format"], at: path.appending("format"), expecting: "the file format number, 1"),
            key: text(values["key"], at: path.appending("key")) ?? "",
            name: localizedText(values["name"], at: path.appending("name")),
            version: integer(values["version"], at: path.appending("version"), expecting: "a whole-number version"),
            scale: values["scale"].flatMap { scale($0, at: path.appending("scale")) },
            areas: list(values["areas"], at: path.appending("areas"), of: "areas").map { area($0.node, at: $0.path) }
        )
    }

    private mutating func scale(_ node: Node, at path: FrameworkPath) -> FrameworkDocument.Scale? {
        if node.isNull { return nil }
        guard let mapping = mapping(node, at: path, expecting: "a scale such as `{min: 1, max: 5}`") else { return nil }
        let values = entries(of: mapping, at: path, allowed: FrameworkFileKeys.scale, holder: "a scale")
        return FrameworkDocument.Scale(
            min: integer(values["min"], at: path.appending("min"), expecting: "the lowest level, 1"),
            max: integer(values["max"], at: path.appending("max"), expecting: "the highest level, a whole number from 3 to 10")
        )
    }

    private mutating func area(_ node: Node, at path: FrameworkPath) -> FrameworkDocument.Area {
        guard let mapping = mapping(node, at: path, expecting: "an area with key, name and competencies") else {
            return FrameworkDocument.Area(key: "", name: LocalizedText(english: nil), competencies: [])
        }
        let values = entries(of: mapping, at: path, allowed: FrameworkFileKeys.area, holder: "an area")
        return FrameworkDocument.Area(
            key: text(values["key"], at: path.appending("key")) ?? "",
            name: localizedText(values["name"], at: path.appending("name")),
            competencies: list(values["competencies"], at: path.appending("competencies"), of: "competencies")
                .map { competency($0.node, at: $0.path) }
        )
    }

    private mutating func competency(_ node: Node, at path: FrameworkPath) -> FrameworkDocument.Competency {
        guard let mapping = mapping(node, at: path, expecting: "a competency with key, name, description and levels") else {
            return FrameworkDocument.Competency(key: "", name: LocalizedText(english: nil), levels: [])
        }
        let values = entries(of: mapping, at: path, allowed: FrameworkFileKeys.competency, holder: "a competency")
        return FrameworkDocument.Competency(
            key: text(values["key"], at: path.appending("key")) ?? "",
            name: localizedText(values["name"], at: path.appending("name")),
            description: values["description"].flatMap { $0.isNull ? nil : localizedText($0, at: path.appending("description")) },
            levels: list(values["levels"], at: path.appending("levels"), of: "levels").map { level($0.node, at: $0.path) }
        )
    }

    private mutating func level(_ node: Node, at path: FrameworkPath) -> FrameworkDocument.Level {
        guard let mapping = mapping(node, at: path, expecting: "a level with level, behavior, effective and ineffective") else {
            return FrameworkDocument.Level(level: nil, behavior: LocalizedText(english: nil))
        }
        let values = entries(of: mapping, at: path, allowed: FrameworkFileKeys.level, holder: "a level")
        return FrameworkDocument.Level(
            level: integer(values["level"], at: path.appending("level"), expecting: "a level number on the scale, such as 3"),
            behavior: localizedText(values["behavior"], at: path.appending("behavior")),
            effective: list(values["effective"], at: path.appending("effective"), of: "examples")
                .map { localizedText($0.node, at: $0.path) },
            ineffective: list(values["ineffective"], at: path.appending("ineffective"), of: "examples")
                .map { localizedText($0.node, at: $0.path) }
        )
    }

    private mutating func localizedText(_ node: Node?, at path: FrameworkPath) -> LocalizedText {
        guard let node, !node.isNull else { return LocalizedText(english: nil) }
        guard let mapping = mapping(node, at: path, expecting: "texts by language, such as `en: …`, `sv: …`, `nb: …`") else {
            return LocalizedText(english: nil)
        }
        let values = entries(of: mapping, at: path, allowed: FrameworkFileKeys.text, holder: "a text (languages)")
        return LocalizedText(
            english: text(values["en"], at: path.appending("en")),
            swedish: text(values["sv"], at: path.appending("sv")),
            norwegianBokmal: text(values["nb"], at: path.appending("nb"))
        )
    }
}

// MARK: - Mappings, lists and scalars

extension FrameworkNodeReader {
    /// The values of a mapping by key, after reporting keys the format doesn't know and keys
    /// written twice; of a repeated key, the last occurrence is the one read.
    private mutating func entries(
        of mapping: Node.Mapping, at path: FrameworkPath, allowed: [String], holder: String
    ) -> [String: Node] {
        let pairs = Array(mapping)
        var values: [String: Node] = [:]
        var suggested: [String] = []
        for (index, pair) in pairs.enumerated() {
            let keyPosition = Self.position(of: pair.key)
            if let original = setAsideKeys[keyPosition] {
                if let repeated = pairs[(index + 1)...].first(where: { keyName($0.key) == original }) {
                    let repeatedPosition = Self.position(of: repeated.key)
                    let earlier = repeatedPosition.line == keyPosition.line
                        ? "earlier on this line (column \(keyPosition.column))" : "on line \(keyPosition.line)"
                    problems.append(FrameworkFileProblem(
                        at: repeatedPosition, path: path.appending(original), kind: .duplicateKey,
                        message: "duplicate key `\(original)`: the same mapping already has it \(earlier); keep one"
                    ))
                }
                continue
            }
            guard let name = keyName(pair.key), allowed.contains(name) else {
                let written = keyName(pair.key) ?? Self.describe(pair.key)
                var message = "unknown key `\(written)`"
                if let suggestion = Suggestion.closest(to: written, in: allowed) {
                    message += "; did you mean `\(suggestion)`?"
                    suggested.append(suggestion)
                } else {
                    message += "."
                }
                message += " \(holder.prefix(1).uppercased() + holder.dropFirst()) holds \(Self.list(allowed))"
                problems.append(FrameworkFileProblem(
                    at: keyPosition, path: keyName(pair.key).map { path.appending($0) } ?? path, kind: .unknownKey, message: message
                ))
                continue
            }
            values[name] = pair.value
            let written = pair.value.isNull || pair.value.scalar == nil ? keyPosition : Self.position(of: pair.value)
            locations.record(path.appending(name), at: written)
        }
        // `levles:` means the levels are there, only misspelt: "missing level 1…5" would mislead.
        for name in suggested where values[name] == nil {
            unreadablePaths.append(path.appending(name))
        }
        return values
    }

    /// The text of a key, as it was written before any renaming.
    private func keyName(_ key: Node) -> String? {
        if let original = setAsideKeys[Self.position(of: key)] { return original }
        guard case .scalar(let scalar) = key else { return nil }
        return scalar.string
    }

    private mutating func mapping(_ node: Node, at path: FrameworkPath, expecting expected: String) -> Node.Mapping? {
        if case .mapping(let mapping) = node { return mapping }
        wrongType(node, at: path, expected: expected)
        return nil
    }

    /// The items of a list with their paths; nothing written counts as an empty list.
    private mutating func list(_ node: Node?, at path: FrameworkPath, of items: String) -> [(node: Node, path: FrameworkPath)] {
        guard let node, !node.isNull else { return [] }
        guard case .sequence(let sequence) = node else {
            wrongType(node, at: path, expected: "a list of \(items) (lines starting with `- `)")
            return []
        }
        return sequence.enumerated().map { index, item in
            let itemPath = path.appending(index: index)
            locations.record(itemPath, at: Self.position(of: item))
            return (item, itemPath)
        }
    }

    /// Any scalar reads as text, so that `key: 2024` or `nb: Nei` need no quotes; only a
    /// collection is the wrong kind.
    private mutating func text(_ node: Node?, at path: FrameworkPath) -> String? {
        guard let node, !node.isNull else { return nil }
        guard case .scalar(let scalar) = node else {
            wrongType(node, at: path, expected: "text")
            return nil
        }
        return scalar.string
    }

    /// Whole numbers in plain decimal digits only: YAML would also read `0x1F` or `1_0` as
    /// numbers, and a quoted `"3"` is text, which a JSON or YAML author should hear about.
    private mutating func integer(_ node: Node?, at path: FrameworkPath, expecting expected: String) -> Int? {
        guard let node, !node.isNull else { return nil }
        if case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
           Self.isDecimalInteger(scalar.string), let value = Int(scalar.string) {
            return value
        }
        var hint = ""
        if case .scalar(let scalar) = node, scalar.style == .singleQuoted || scalar.style == .doubleQuoted, Self.isDecimalInteger(scalar.string) {
            hint = " (remove the quotes)"
        }
        wrongType(node, at: path, expected: expected, hint: hint)
        return nil
    }

    private mutating func wrongType(_ node: Node, at path: FrameworkPath, expected: String, hint: String = "") {
        unreadablePaths.append(path)
        problems.append(FrameworkFileProblem(
            at: Self.position(of: node), path: path, kind: .wrongType,
            message: "expected \(expected); found \(Self.describe(node))\(hint)"
        ))
    }

    private static func isDecimalInteger(_ text: String) -> Bool {
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.allSatisfy { ("0"..."9").contains($0) }
    }

    static func position(of node: Node) -> TextPosition {
        node.mark.map(TextPosition.init) ?? .start
    }

    /// How a value is named in a message: `three`, the text "3", a list, a mapping.
    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar):
            if node.isNull { return "nothing" }
            let shown = scalar.string.count > 40 ? scalar.string.prefix(40) + "…" : scalar.string
            switch scalar.style {
            case .singleQuoted, .doubleQuoted: return "the text \"\(shown)\""
            default: return "`\(shown)`"
            }
        case .sequence: return "a list"
        case .mapping: return "a mapping (keys with values)"
        case .alias: return "an alias"
        }
    }

    /// `a, b, c and d`
    static func list(_ words: [String]) -> String {
        let quoted = words.map { "`\($0)`" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " and " + quoted[quoted.count - 1]
    }
}

extension Node {
    /// `~`, `null` or nothing at all after a key: YAML's null, which the reader treats as
    /// the key being left out.
    var isNull: Bool {
        guard case .scalar(let scalar) = self else { return false }
        return NSNull.construct(from: scalar) != nil
    }
}
