import Foundation

/// One kind of text the demo's people write, in each language they write in (``DemoWriters``).
///
/// Every language's list has the same length and the same order, so a seeded draw picks the same
/// phrase in any language: two demo organizations from one seed differ only in their words.
public struct DemoPhrases: Sendable {
    public let swedish: [String]
    public let norwegian: [String]
    public let english: [String]

    public init(swedish: [String], norwegian: [String], english: [String]) {
        precondition(
            swedish.count == english.count && norwegian.count == english.count,
            "A demo phrase needs the same number of variants in every language")
        self.swedish = swedish
        self.norwegian = norwegian
        self.english = english
    }

    /// A single phrase.
    public init(swedish: String, norwegian: String, english: String) {
        self.init(swedish: [swedish], norwegian: [norwegian], english: [english])
    }

    public func written(in language: Language) -> [String] {
        switch language {
        case .swedish: swedish
        case .norwegianBokmal: norwegian
        case .english: english
        }
    }

    /// The first (or only) phrase, in `language`.
    public func first(in language: Language) -> String {
        written(in: language)[0]
    }
}
