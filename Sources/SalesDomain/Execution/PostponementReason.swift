import Foundation

/// One entry in an organization's reason catalog: a code, its names in Keel's languages and its
/// ``ReasonClass``.
public struct PostponementReason: Hashable, Sendable, Identifiable {
    public var code: ReasonCode
    /// Names by language. English is the fallback when a language is missing.
    public var names: [Language: String]
    public var reasonClass: ReasonClass
    /// Retired reasons stay in the catalog so old postponements keep their names, but new
    /// postponements cannot use them.
    public var isActive: Bool

    public var id: ReasonCode { code }

    public init(code: ReasonCode, names: [Language: String], reasonClass: ReasonClass, isActive: Bool = true) {
        self.code = code
        self.names = names
        self.reasonClass = reasonClass
        self.isActive = isActive
    }

    /// The name in `language`, else in English, else any name, else the code itself.
    public func name(in language: Language) -> String {
        if let name = names[language], !name.isEmpty { return name }
        if let name = names[.english], !name.isEmpty { return name }
        return Language.allCases.lazy.compactMap { self.names[$0] }.first { !$0.isEmpty } ?? code.rawValue
    }
}

// Written by hand so `names` is a JSON object keyed by language tag (`{"en": …, "sv": …}`)
// rather than the alternating array Swift uses for dictionaries with non-string keys.
extension PostponementReason: Codable {
    private enum CodingKeys: String, CodingKey {
        case code, names, reasonClass, isActive
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let rawNames = try container.decode([String: String].self, forKey: .names)
        var names: [Language: String] = [:]
        for (tag, name) in rawNames {
            guard let language = Language(rawValue: tag) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .names, in: container,
                    debugDescription: "unknown language '\(tag)'; expected one of \(Language.allCases.map(\.rawValue))")
            }
            names[language] = name
        }
        self.init(
            code: try container.decode(ReasonCode.self, forKey: .code), names: names,
            reasonClass: try container.decode(ReasonClass.self, forKey: .reasonClass),
            isActive: try container.decodeIfPresent(Bool.self, forKey: .isActive) ?? true)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(code, forKey: .code)
        try container.encode(Dictionary(uniqueKeysWithValues: names.map { ($0.key.rawValue, $0.value) }), forKey: .names)
        try container.encode(reasonClass, forKey: .reasonClass)
        try container.encode(isActive, forKey: .isActive)
    }
}
