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
                at: Self.position(of: root), kind: .wrongType, problem: Self.expectedMapping(FrameworkFileKeys.document), found: Self.found(root)
            ))
            return nil
        }
        let values = entries(of: mapping, at: path, allowed: FrameworkFileKeys.document)
        return FrameworkDocument(
            format: integer(values["format"], at: path.appending("format")),
            key: text(values["key"], at: path.appending("key")) ?? "",
            name: localizedText(values["name"], at: path.appending("name")),
            version: integer(values["version"], at: path.appending("version")),
            scale: values["scale"].flatMap { scale($0, at: path.appending("scale")) },
            areas: list(values["areas"], at: path.appending("areas")).map { area($0.node, at: $0.path) }
        )
    }

    private mutating func scale(_ node: Node, at path: FrameworkPath) -> FrameworkDocument.Scale? {
        if node.isNull { return nil }
        guard let mapping = mapping(node, at: path, keys: FrameworkFileKeys.scale) else { return nil }
        let values = entries(of: mapping, at: path, allowed: FrameworkFileKeys.scale)
        return FrameworkDocument.Scale(
            min: integer(values["min"], at: path.appending("min")),
            max: integer(values["max"], at: path.appending("max"))
        )
    }

    private mutating func area(_ node: Node, at path: FrameworkPath) -> FrameworkDocument.Area {
        guard let mapping = mapping(node, at: path, keys: FrameworkFileKeys.area) else {
            return FrameworkDocument.Area(key: "", name: LocalizedText(english: nil), competencies: [])
        }
        let values = entries(of: mapping, at: path, allowed: FrameworkFileKeys.area)
        return FrameworkDocument.Area(
            key: text(values["key"], at: path.appending("key")) ?? "",
            name: localizedText(values["name"], at: path.appending("name")),
            competencies: list(values["competencies"], at: path.appending("competencies"))
                .map { competency($0.node, at: $0.path) }
        )
    }

    private mutating func competency(_ node: Node, at path: FrameworkPath) -> FrameworkDocument.Competency {
        guard let mapping = mapping(node, at: path, keys: FrameworkFileKeys.competency) else {
            return FrameworkDocument.Competency(key: "", name: LocalizedText(english: nil), levels: [])
        }
        let values = entries(of: mapping, at: path, allowed: FrameworkFileKeys.competency)
        return FrameworkDocument.Competency(
            key: text(values["key"], at: path.appending("key")) ?? "",
            name: localizedText(values["name"], at: path.appending("name")),
            description: values["description"].flatMap { $0.isNull ? nil : localizedText($0, at: path.appending("description")) },
            levels: list(values["levels"], at: path.appending("levels")).map { level($0.node, at: $0.path) }
        )
    }

    private mutating func level(_ node: Node, at path: FrameworkPath) -> FrameworkDocument.Level {
        guard let mapping = mapping(node, at: path, keys: FrameworkFileKeys.level) else {
            return FrameworkDocument.Level(level: nil, behavior: LocalizedText(english: nil))
        }
        let values = entries(of: mapping, at: path, allowed: FrameworkFileKeys.level)
        return FrameworkDocument.Level(
            level: integer(values["level"], at: path.appending("level")),
            behavior: localizedText(values["behavior"], at: path.appending("behavior")),
            effective: list(values["effective"], at: path.appending("effective"))
                .map { localizedText($0.node, at: $0.path) },
            ineffective: list(values["ineffective"], at: path.appending("ineffective"))
                .map { localizedText($0.node, at: $0.path) }
        )
    }

    private mutating func localizedText(_ node: Node?, at path: FrameworkPath) -> LocalizedText {
        guard let node, !node.isNull else { return LocalizedText(english: nil) }
        guard let mapping = mapping(node, at: path, keys: FrameworkFileKeys.text) else {
            return LocalizedText(english: nil)
        }
        let values = entries(of: mapping, at: path, allowed: FrameworkFileKeys.text)
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
        of mapping: Node.Mapping, at path: FrameworkPath, allowed: [String]
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
                        ? Problem(.frameworkFileKeyTwiceOnLine, ["key": original, "column": String(keyPosition.column)])
                        : Problem(.frameworkFileKeyTwice, ["key": original, "line": String(keyPosition.line)])
                    problems.append(FrameworkFileProblem(at: repeatedPosition, path: path.appending(original), kind: .duplicateKey, problem: earlier))
                }
                continue
            }
            guard let name = keyName(pair.key), allowed.contains(name) else {
                let suggestion = keyName(pair.key).flatMap { Suggestion.closest(to: $0, in: allowed) }
                if let suggestion { suggested.append(suggestion) }
                problems.append(FrameworkFileProblem(
                    at: keyPosition, path: keyName(pair.key).map { path.appending($0) } ?? path, kind: .unknownKey,
                    problem: Self.unknownKey(keyName(pair.key) ?? "?", allowed: allowed, suggestion: suggestion)
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

    private mutating func mapping(_ node: Node, at path: FrameworkPath, keys: [String]) -> Node.Mapping? {
        if case .mapping(let mapping) = node { return mapping }
        wrongType(node, at: path, expected: Self.expectedMapping(keys))
        return nil
    }

    /// The items of a list with their paths; nothing written counts as an empty list.
    private mutating func list(_ node: Node?, at path: FrameworkPath) -> [(node: Node, path: FrameworkPath)] {
        guard let node, !node.isNull else { return [] }
        guard case .sequence(let sequence) = node else {
            wrongType(node, at: path, expected: Problem(.frameworkFileExpectedList))
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
            wrongType(node, at: path, expected: Problem(.frameworkFileExpectedText))
            return nil
        }
        return scalar.string
    }

    /// Whole numbers in plain decimal digits only: YAML would also read `0x1F` or `1_0` as
    /// numbers, and a quoted `"3"` is text, which a JSON or YAML author should hear about.
    private mutating func integer(_ node: Node?, at path: FrameworkPath) -> Int? {
        guard let node, !node.isNull else { return nil }
        if case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
           Self.isDecimalInteger(scalar.string), let value = Int(scalar.string) {
            return value
        }
        var expected = Problem(.frameworkFileExpectedWholeNumber)
        if case .scalar(let scalar) = node, scalar.style == .singleQuoted || scalar.style == .doubleQuoted, Self.isDecimalInteger(scalar.string) {
            expected = Problem(.frameworkFileNumberQuoted)
        }
        wrongType(node, at: path, expected: expected)
        return nil
    }

    private mutating func wrongType(_ node: Node, at path: FrameworkPath, expected: Problem) {
        unreadablePaths.append(path)
        problems.append(FrameworkFileProblem(at: Self.position(of: node), path: path, kind: .wrongType, problem: expected, found: Self.found(node)))
    }

    private static func isDecimalInteger(_ text: String) -> Bool {
        let digits = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        return !digits.isEmpty && digits.allSatisfy { ("0"..."9").contains($0) }
    }

    static func position(of node: Node) -> TextPosition {
        node.mark.map(TextPosition.init) ?? .start
    }

    /// What a file has where another kind of value belongs: `three`, the text "3", a list, a mapping.
    static func found(_ node: Node) -> Problem {
        switch node {
        case .scalar(let scalar):
            if node.isNull { return Problem(.frameworkFoundNothing) }
            let shown = scalar.string.count > 40 ? scalar.string.prefix(40) + "…" : scalar.string
            switch scalar.style {
            case .singleQuoted, .doubleQuoted: return Problem(.frameworkFoundText, ["text": shown])
            default: return Problem(.frameworkFoundValue, ["value": shown])
            }
        case .sequence: return Problem(.frameworkFoundList)
        case .mapping: return Problem(.frameworkFoundMapping)
        case .alias: return Problem(.frameworkFoundAlias)
        }
    }

    /// A mapping with these keys was expected; the keys are the file's own words, in every language.
    static func expectedMapping(_ keys: [String]) -> Problem {
        Problem(.frameworkFileExpectedMapping, ["keys": list(keys)])
    }

    /// A key the format does not hold here, with the one it most likely means.
    static func unknownKey(_ written: String, allowed: [String], suggestion: String?) -> Problem {
        var arguments = ["key": written, "allowed": list(allowed)]
        guard let suggestion else { return Problem(.frameworkFileUnknownKey, arguments) }
        arguments["suggestion"] = suggestion
        return Problem(.frameworkFileUnknownKeyDidYouMean, arguments)
    }

    /// `` `a`, `b`, `c` ``: no "and", which would be English.
    static func list(_ words: [String]) -> String {
        words.map { "`\($0)`" }.joined(separator: ", ")
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
