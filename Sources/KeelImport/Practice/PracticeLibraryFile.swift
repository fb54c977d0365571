import Foundation
import SalesDomain
import Yams

/// Reads practice library files — YAML or JSON, like framework files (``FrameworkFile``) and
/// with the same protections (strict UTF-8, repeated keys reported, aliases and nesting capped) —
/// and reports every problem at its line.
///
/// ```yaml
/// format: 1
/// items:
/// - key: prospecting.target-account-selection.icp-sort   # <competency key>.<slug>
///   competency: prospecting.target-account-selection
///   kind: drill                  # drill | role-play | micro-lesson
///   aim-level: 3
///   minutes: 15
///   title: {en: …, sv: …, nb: …}
///   instructions: {en: …}        # drill
///   situation: {en: …}           # role-play: with customer-part and good-looks-like,
///   customer-part: {en: …}       #   one text per level of the scale
///   good-looks-like:
///   - {level: 1, text: {en: …}}
///   lesson: {en: …}              # micro-lesson: with question
///   question: {en: …}
/// ```
public enum PracticeLibraryFile {
    public static let format = 1

    public static func parse(_ data: Data) throws(FrameworkFileError) -> PracticeLibraryDocument {
        try parse(StrictUTF8Decoder.decode(data))
    }

    public static func parse(_ text: String) throws(FrameworkFileError) -> PracticeLibraryDocument {
        let composed = try ComposedYAML.compose(JSONSurrogateEscapes.combined(in: text))
        guard let root = composed.root else { throw FrameworkFileError(.emptyFile) }
        var reader = PracticeNodeReader(setAsideKeys: composed.setAsideKeys)
        let document = reader.document(root)
        if !reader.problems.isEmpty { throw FrameworkFileError(problems: reader.problems) }
        return document
    }

    /// The items as a file `parse` reads back: JSON, which is YAML too.
    public static func export(_ items: [PracticeItem], framework: CompetencyFramework) -> Data {
        func text(_ localized: LocalizedText) -> [String: String] {
            var texts: [String: String] = [:]
            texts["en"] = localized.english
            texts["sv"] = localized.swedish
            texts["nb"] = localized.norwegianBokmal
            return texts
        }
        let entries: [[String: Any]] = items.sorted { $0.key < $1.key }.map { item in
            var entry: [String: Any] = [
                "key": item.key, "competency": framework.competency(item.competencyID)?.key ?? "", "kind": item.kind.rawValue,
                "aim-level": item.aimLevel, "minutes": item.minutes, "title": text(item.title),
            ]
            switch item.content {
            case .drill(let instructions):
                entry["instructions"] = text(instructions)
            case .rolePlay(let situation, let customerPart, let good):
                entry["situation"] = text(situation)
                entry["customer-part"] = text(customerPart)
                entry["good-looks-like"] = good.keys.sorted().map { ["level": $0, "text": text(good[$0]!)] as [String: Any] }
            case .microLesson(let lesson, let question):
                entry["lesson"] = text(lesson)
                entry["question"] = text(question)
            }
            return entry
        }
        let document: [String: Any] = ["format": format, "items": entries]
        return (try? JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys])) ?? Data()
    }
}

/// Walks a composed practice file, noting each problem at its line rather than stopping at the first.
struct PracticeNodeReader {
    private(set) var problems: [FrameworkFileProblem] = []
    private let setAsideKeys: [TextPosition: String]

    init(setAsideKeys: [TextPosition: String]) {
        self.setAsideKeys = setAsideKeys
    }

    static let documentKeys = ["format", "items"]
    static let itemKeys: [PracticeKind?: [String]] = [
        nil: ["key", "competency", "kind", "aim-level", "minutes", "title"],
        .drill: ["instructions"], .rolePlay: ["situation", "customer-part", "good-looks-like"], .microLesson: ["lesson", "question"],
    ]

    mutating func document(_ root: Node) -> PracticeLibraryDocument {
        guard let values = mapping(root, allowed: Self.documentKeys) else {
            return PracticeLibraryDocument(items: [])
        }
        if let format = integer(values["format"], field: "format"), format != PracticeLibraryFile.format {
            problem(at: values["format"]!, kind: .unsupportedFormat,
                    Problem(.frameworkFormatNotSupported, ["format": String(format), "supported": String(PracticeLibraryFile.format)]))
        } else if values["format"] == nil {
            problem(at: root, kind: .required, Problem(.frameworkFileFieldRequired, ["field": "format"]))
        }
        guard let list = values["items"], case .sequence(let sequence) = list else {
            if let items = values["items"] {
                problem(at: items, kind: .wrongType, Problem(.frameworkFileExpectedList), found: items, field: "items")
            } else {
                problem(at: root, kind: .required, Problem(.frameworkFileFieldRequired, ["field": "items"]))
            }
            return PracticeLibraryDocument(items: [])
        }
        return PracticeLibraryDocument(items: sequence.compactMap { item($0) })
    }

    private mutating func item(_ node: Node) -> PracticeLibraryDocument.Item? {
        let kindText: String? = if case .mapping(let map) = node, let kind = map["kind"], case .scalar(let scalar) = kind { scalar.string } else { nil }
        let kind = kindText.flatMap(PracticeKind.init(rawValue:))
        let allowed = Self.itemKeys[nil]! + (kind.flatMap { Self.itemKeys[$0] } ?? [])
        guard let values = mapping(node, allowed: allowed) else { return nil }
        let problemsBefore = problems.count
        if kind == nil {
            problem(at: values["kind"] ?? node, kind: values["kind"] == nil ? .required : .invalidValue,
                    Problem(.frameworkFileNotOneOf, ["field": "kind", "allowed": FrameworkNodeReader.list(PracticeKind.allCases.map(\.rawValue))]))
        }
        let key = text(values["key"], field: "key", required: true, at: node)
        let competency = text(values["competency"], field: "competency", required: true, at: node)
        let aim = integer(values["aim-level"], field: "aim-level", required: true, at: node)
        let minutes = integer(values["minutes"], field: "minutes", required: true, at: node)
        let title = localized(values["title"], field: "title", at: node)
        var content: PracticeContent?
        switch kind {
        case .drill:
            content = .drill(instructions: localized(values["instructions"], field: "instructions", at: node))
        case .microLesson:
            content = .microLesson(
                lesson: localized(values["lesson"], field: "lesson", at: node), question: localized(values["question"], field: "question", at: node))
        case .rolePlay:
            var good: [Int: LocalizedText] = [:]
            if case .sequence(let levels)? = values["good-looks-like"] {
                for level in levels {
                    guard let entry = mapping(level, allowed: ["level", "text"]) else { continue }
                    if let number = integer(entry["level"], field: "level", required: true, at: level) {
                        if good[number] != nil { problem(at: level, kind: .duplicate, Problem(.levelDescribedTwice, ["level": String(number)])) }
                        good[number] = localized(entry["text"], field: "text", at: level)
                    }
                }
            } else if let levels = values["good-looks-like"] {
                problem(at: levels, kind: .wrongType, Problem(.frameworkFileExpectedList), found: levels, field: "good-looks-like")
            } else {
                problem(at: node, kind: .required, Problem(.frameworkFileFieldRequired, ["field": "good-looks-like"]))
            }
            content = .rolePlay(
                situation: localized(values["situation"], field: "situation", at: node),
                customerPart: localized(values["customer-part"], field: "customer-part", at: node), goodLooksLike: good)
        case nil:
            content = nil
        }
        guard problems.count == problemsBefore, let key, let competency, let aim, let minutes, let content else { return nil }
        return PracticeLibraryDocument.Item(
            key: key, competencyKey: competency, aimLevel: aim, minutes: minutes, title: title, content: content,
            line: Self.position(of: node).line)
    }

    // MARK: Values

    private mutating func mapping(_ node: Node, allowed: [String], field: String? = nil) -> [String: Node]? {
        guard case .mapping(let mapping) = node else {
            problem(at: node, kind: .wrongType, FrameworkNodeReader.expectedMapping(allowed), found: node, field: field)
            return nil
        }
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            let position = Self.position(of: key)
            if let original = setAsideKeys[position] {
                problem(at: key, kind: .duplicateKey, Problem(.frameworkFileKeysRepeated, ["keys": FrameworkNodeReader.list([original])]))
                continue
            }
            guard case .scalar(let scalar) = key, allowed.contains(scalar.string) else {
                let name = if case .scalar(let scalar) = key { scalar.string } else { "?" }
                problem(at: key, kind: .unknownKey,
                        FrameworkNodeReader.unknownKey(name, allowed: allowed, suggestion: Suggestion.closest(to: name, in: allowed)))
                continue
            }
            values[scalar.string] = value
        }
        return values
    }

    private mutating func text(_ node: Node?, field: String, required: Bool = false, at holder: Node? = nil) -> String? {
        guard let node, !node.isNull else {
            if required, let holder { problem(at: holder, kind: .required, Problem(.frameworkFileFieldRequired, ["field": field])) }
            return nil
        }
        guard case .scalar(let scalar) = node else {
            problem(at: node, kind: .wrongType, Problem(.frameworkFileExpectedText), found: node, field: field)
            return nil
        }
        return scalar.string
    }

    private mutating func integer(_ node: Node?, field: String, required: Bool = false, at holder: Node? = nil) -> Int? {
        guard let text = text(node, field: field, required: required, at: holder) else { return nil }
        guard let value = Int(text) else {
            problem(at: node!, kind: .wrongType, Problem(.frameworkFileExpectedWholeNumber), found: node, field: field)
            return nil
        }
        return value
    }

    private mutating func localized(_ node: Node?, field: String, at holder: Node) -> LocalizedText {
        guard let node, !node.isNull else {
            problem(at: holder, kind: .required, Problem(.frameworkFileTextsRequired, ["field": field]))
            return LocalizedText(english: nil)
        }
        guard let values = mapping(node, allowed: ["en", "sv", "nb"], field: field) else {
            return LocalizedText(english: nil)
        }
        return LocalizedText(
            english: text(values["en"], field: "\(field).en"), swedish: text(values["sv"], field: "\(field).sv"),
            norwegianBokmal: text(values["nb"], field: "\(field).nb"))
    }

    /// `field` names where a value of the wrong kind is (`title.en`), `found` what is there instead.
    private mutating func problem(at node: Node, kind: FrameworkFileProblem.Kind, _ problem: Problem, found: Node? = nil, field: String? = nil) {
        problems.append(FrameworkFileProblem(
            at: Self.position(of: node), path: field.map { .root.appending($0) }, kind: kind, problem: problem, found: found.map(FrameworkNodeReader.found)))
    }

    static func position(of node: Node) -> TextPosition {
        node.mark.map(TextPosition.init) ?? .start
    }
}
