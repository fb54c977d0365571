import Foundation

/// The language each of the demo organization's people writes in: their market's — Swedish in
/// Sweden and at the Nordic head office, Norwegian in Norway — and English in Denmark and
/// Finland, whose languages Keel's interface does not speak and where a Nordic company's shared
/// language is English.
///
/// What people write (session notes, next steps, evidence, goals, wins, comments) is stored as
/// written and shown to readers of every language; Keel never translates it. So the demo does
/// not write it in English for everyone: a Swedish manager's notes read as a Swedish manager
/// would have written them.
public struct DemoWriters: Sendable {
    private let languageByPerson: [Person.ID: Language]

    /// The head office is in the first market (Sweden): people without a market write Swedish.
    public static let headOfficeLanguage = Language.swedish

    public init(people: [Person], markets: [Market]) {
        let codeByMarket = Dictionary(markets.map { ($0.id, $0.code) }, uniquingKeysWith: { first, _ in first })
        var languageByPerson: [Person.ID: Language] = [:]
        for person in people {
            languageByPerson[person.id] = person.marketID.flatMap { codeByMarket[$0] }.map(Self.language(ofMarket:)) ?? Self.headOfficeLanguage
        }
        self.languageByPerson = languageByPerson
    }

    public init(_ demo: DemoOrganization) {
        self.init(people: demo.people, markets: demo.markets)
    }

    /// The language `person` writes in; someone the demo does not know writes as the head office does.
    public func language(of person: Person.ID?) -> Language {
        person.flatMap { languageByPerson[$0] } ?? Self.headOfficeLanguage
    }

    static func language(ofMarket code: String) -> Language {
        switch code.uppercased() {
        case "SE": .swedish
        case "NO": .norwegianBokmal
        default: .english
        }
    }
}
