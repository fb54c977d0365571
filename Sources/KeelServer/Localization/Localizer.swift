import Foundation
import SalesDomain

/// Looks up interface text in the person's language, with its `{name}` slots filled in.
public struct Localizer: Sendable {
    public let language: Language
    /// The organization's names for its activity types, stages, job roles and markets; Keel's
    /// defaults alone before sign-in, in mail and wherever no organization is known.
    public var vocabulary: OrganizationVocabulary

    public init(_ language: Language, vocabulary: OrganizationVocabulary = OrganizationVocabulary()) {
        self.language = language
        self.vocabulary = vocabulary
    }

    public static func catalog(for language: Language) -> [TextKey: String] {
        switch language {
        case .english: EnglishCatalog.texts
        case .swedish: SwedishCatalog.texts
        case .norwegianBokmal: NorwegianCatalog.texts
        }
    }

    public func callAsFunction(_ key: TextKey, _ values: [String: String] = [:]) -> String {
        Self.fill(Self.catalog(for: language)[key] ?? EnglishCatalog.texts[key] ?? key.rawValue, with: values)
    }

    public static func problems(for language: Language) -> [Problem.Key: String] {
        switch language {
        case .english: EnglishCatalog.problems
        case .swedish: SwedishCatalog.problems
        case .norwegianBokmal: NorwegianCatalog.problems
        }
    }

    /// A problem worded for the reader.
    public func callAsFunction(_ problem: Problem) -> String {
        let key = problem.key
        var arguments = problem.arguments
        // The store names a market as stored (Keel's English "Norway"); the reader reads it as the pages name it.
        if let market = arguments["market"] { arguments["market"] = self.market(named: market) }
        // The import names stages by code, as it stores them; the reader reads them as the pages name them.
        if key == .importStagesPlacedInPipeline {
            for (name, separator) in [("stages", ", "), ("pipeline", " → ")] {
                arguments[name] = arguments[name].map { $0.components(separatedBy: separator).map { stage(DealStage($0)) }.joined(separator: separator) }
            }
        }
        return Self.fill(Self.problems(for: language)[key] ?? EnglishCatalog.problems[key] ?? key.rawValue, with: arguments)
    }

    private static func fill(_ template: String, with values: [String: String]) -> String {
        var text = template
        for (name, value) in values {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }

    public func name(of role: AccessRole) -> String {
        switch role {
        case .seller: self(.roleSeller)
        case .manager: self(.roleManager)
        case .leader: self(.roleLeader)
        case .admin: self(.roleAdmin)
        }
    }

    /// "1 person", "5 people".
    public func headcount(_ count: Int) -> String {
        count == 1 ? self(.organizationHeadcountOne) : self(.organizationHeadcount, ["count": String(count)])
    }

    /// "1 person-week", "5 person-weeks": one person's one week, the unit the pressure
    /// analysis counts in; `formatted` writes the number the way the page writes numbers.
    public func personWeeks(_ count: Int, formatted: String? = nil) -> String {
        count == 1 ? self(.personWeeksOne) : self(.personWeeks, ["count": formatted ?? String(count)])
    }

    /// Languages are named in their own language, so anyone can find theirs.
    public static func endonym(_ language: Language) -> String {
        switch language {
        case .english: "English"
        case .swedish: "Svenska"
        case .norwegianBokmal: "Norsk (bokmål)"
        }
    }
}
