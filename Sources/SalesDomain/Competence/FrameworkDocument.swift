import Foundation

/// A competency framework as it is written in an import/export file: keys instead of ids, texts
/// in English, Swedish and Norwegian.
///
/// Decoding is deliberately lenient — missing keys and lists become empty values — so that
/// ``FrameworkDocument/validate()`` can report every problem with its path instead of the
/// decoder stopping at the first one. Syntax errors are the parser's to report.
///
/// ```json
/// {"format": 1, "key": "nordic-b2b", "name": {"en": "Nordic B2B selling"},
///  "scale": {"min": 1, "max": 5},
///  "areas": [{"key": "negotiation", "name": {"en": "Negotiation"},
///    "competencies": [{"key": "negotiation.anchoring", "name": {"en": "Anchoring"},
///      "levels": [{"level": 1, "behavior": {"en": "…"}, "effective": [], "ineffective": []}, …]}]}]}
/// ```
public struct FrameworkDocument: Hashable, Sendable, Codable {
    /// The file format this version of Keel reads and writes.
    public static let currentFormat = 1

    public var format: Int?
    public var key: String
    public var name: LocalizedText
    /// The version a file was exported from; informative only, since importing makes a new draft.
    public var version: Int?
    public var scale: Scale?
    public var areas: [Area]

    public init(
        format: Int? = FrameworkDocument.currentFormat, key: String, name: LocalizedText, version: Int? = nil,
        scale: Scale? = nil, areas: [Area]
    ) {
        self.format = format
        self.key = key
        self.name = name
        self.version = version
        self.scale = scale
        self.areas = areas
    }

    /// The scale as written; checked by ``FrameworkDocument/validate()`` rather than on decoding.
    public struct Scale: Hashable, Sendable, Codable {
        public var min: Int?
        public var max: Int?

        public init(min: Int? = 1, max: Int?) {
            self.min = min
            self.max = max
        }
    }

    public struct Area: Hashable, Sendable, Codable {
        public var key: String
        public var name: LocalizedText
        public var competencies: [Competency]

        public init(key: String, name: LocalizedText, competencies: [Competency]) {
            self.key = key
            self.name = name
            self.competencies = competencies
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            key = try container.decodeIfPresent(String.self, forKey: .key) ?? ""
            name = try container.decodeIfPresent(LocalizedText.self, forKey: .name) ?? LocalizedText(english: nil)
            competencies = try container.decodeIfPresent([Competency].self, forKey: .competencies) ?? []
        }
    }

    public struct Competency: Hashable, Sendable, Codable {
        public var key: String
        public var name: LocalizedText
        public var description: LocalizedText?
        public var levels: [Level]

        public init(key: String, name: LocalizedText, description: LocalizedText? = nil, levels: [Level]) {
            self.key = key
            self.name = name
            self.description = description
            self.levels = levels
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            key = try container.decodeIfPresent(String.self, forKey: .key) ?? ""
            name = try container.decodeIfPresent(LocalizedText.self, forKey: .name) ?? LocalizedText(english: nil)
            description = try container.decodeIfPresent(LocalizedText.self, forKey: .description)
            levels = try container.decodeIfPresent([Level].self, forKey: .levels) ?? []
        }
    }

    public struct Level: Hashable, Sendable, Codable {
        public var level: Int?
        public var behavior: LocalizedText
        public var effective: [LocalizedText]
        public var ineffective: [LocalizedText]

        public init(level: Int?, behavior: LocalizedText, effective: [LocalizedText] = [], ineffective: [LocalizedText] = []) {
            self.level = level
            self.behavior = behavior
            self.effective = effective
            self.ineffective = ineffective
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            level = try container.decodeIfPresent(Int.self, forKey: .level)
            behavior = try container.decodeIfPresent(LocalizedText.self, forKey: .behavior) ?? LocalizedText(english: nil)
            effective = try container.decodeIfPresent([LocalizedText].self, forKey: .effective) ?? []
            ineffective = try container.decodeIfPresent([LocalizedText].self, forKey: .ineffective) ?? []
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decodeIfPresent(Int.self, forKey: .format)
        key = try container.decodeIfPresent(String.self, forKey: .key) ?? ""
        name = try container.decodeIfPresent(LocalizedText.self, forKey: .name) ?? LocalizedText(english: nil)
        version = try container.decodeIfPresent(Int.self, forKey: .version)
        scale = try container.decodeIfPresent(Scale.self, forKey: .scale)
        areas = try container.decodeIfPresent([Area].self, forKey: .areas) ?? []
    }

    /// The scale the document asks for, or the standard 1–5 when it names none.
    /// `nil` when the scale written is not allowed (``FrameworkDocument/validate()`` says why).
    public var ratingScale: RatingScale? {
        guard let scale else { return .standard }
        guard (scale.min ?? RatingScale.minimumLevel) == RatingScale.minimumLevel, let maximum = scale.max else { return nil }
        return try? RatingScale(maximum: maximum)
    }
}

extension FrameworkDocument {
    /// Reads a JSON framework file. Decoding errors carry the coding path of the bad value.
    public static func decodeJSON(_ data: Data) throws -> FrameworkDocument {
        try JSONDecoder().decode(FrameworkDocument.self, from: data)
    }

    /// Writes the document as pretty-printed JSON with sorted keys, so that exporting the same
    /// framework twice gives byte-identical files that diff cleanly.
    public func encodedJSON() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
