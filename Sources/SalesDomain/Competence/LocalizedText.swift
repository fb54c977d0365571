import Foundation

/// A text written in Keel's interface languages. English is the reference every framework must
/// have; Swedish and Norwegian fall back to it until they are translated.
///
/// Encodes as `{"en": …, "sv": …, "nb": …}`, the shape framework files use.
public struct LocalizedText: Hashable, Sendable, Codable, ExpressibleByStringInterpolation {
    public var english: String?
    public var swedish: String?
    public var norwegianBokmal: String?

    public init(english: String?, swedish: String? = nil, norwegianBokmal: String? = nil) {
        self.english = english
        self.swedish = swedish
        self.norwegianBokmal = norwegianBokmal
    }

    public init(stringLiteral value: String) {
        self.init(english: value)
    }

    /// The text in `language`, else English, else whichever translation exists.
    public func text(in language: Language) -> String {
        let preferred: String? = switch language {
        case .english: english
        case .swedish: swedish
        case .norwegianBokmal: norwegianBokmal
        }
        for candidate in [preferred, english, swedish, norwegianBokmal] {
            if let candidate, !candidate.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return candidate }
        }
        return ""
    }

    /// Whether the English reference text is absent or only whitespace.
    public var lacksEnglish: Bool { english?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ?? true }

    private enum CodingKeys: String, CodingKey {
        case english = "en"
        case swedish = "sv"
        case norwegianBokmal = "nb"
    }
}
