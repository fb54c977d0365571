import Foundation
@testable import KeelServer
import SalesDomain
import Testing

@Suite struct LocalizationTests {
    @Test(arguments: Language.allCases)
    func everyInterfaceTextIsTranslatedWithTheEnglishPlaceholders(_ language: Language) {
        Self.expectComplete(Localizer.catalog(for: language), english: Localizer.catalog(for: .english), language: language)
    }

    @Test(arguments: Language.allCases)
    func everyProblemIsWordedWithTheEnglishPlaceholders(_ language: Language) {
        Self.expectComplete(Localizer.problems(for: language), english: Localizer.problems(for: .english), language: language)
    }

    /// Every key has a text, and the text fills the same `{name}` slots as the English one.
    private static func expectComplete<Key: CaseIterable & RawRepresentable & Hashable>(
        _ catalog: [Key: String], english: [Key: String], language: Language
    ) where Key.RawValue == String {
        func placeholders(_ text: String) -> Set<String> {
            Set(text.split(separator: "{", omittingEmptySubsequences: false).dropFirst()
                .compactMap { $0.split(separator: "}", omittingEmptySubsequences: false).first.map(String.init) })
        }
        let missing = Key.allCases.filter { (catalog[$0] ?? "").isEmpty }
        #expect(missing.isEmpty, "\(language.rawValue) lacks \(missing.map(\.rawValue))")
        for key in Key.allCases {
            #expect(placeholders(english[key] ?? "") == placeholders(catalog[key] ?? ""), "\(language.rawValue).\(key.rawValue)")
        }
    }

    @Test func monthsAreWrittenOutInTheReadersLanguageNotAsCodes() throws {
        let may = try #require(CalendarMonth("2026-05"))
        let december = try #require(CalendarMonth("2026-12"))
        #expect(Localizer(.english).month(may) == "May 2026")
        #expect(Localizer(.swedish).month(may) == "maj 2026")
        #expect(Localizer(.norwegianBokmal).month(may) == "mai 2026")
        #expect(Localizer(.norwegianBokmal).month(december) == "des 2026")
    }

    @Test func problemsAreWordedInTheReadersLanguage() {
        let problem = Problem(.textTooLong, ["maximum": "200"])
        #expect(Localizer(.english)(problem) == "Write at most 200 characters.")
        #expect(Localizer(.swedish)(problem) == "Skriv högst 200 tecken.")
        #expect(Localizer(.norwegianBokmal)(problem) == "Skriv høyst 200 tegn.")
    }

    @Test func valuesFillPlaceholders() {
        #expect(Localizer(.swedish)(.signedInAs, ["name": "Anna"]) == "Inloggad som Anna")
        #expect(Localizer(.norwegianBokmal)(.loginThrottled, ["minutes": "15"]).contains("15 minutter"))
    }

    @Test func glossaryWordsAreUsed() {
        #expect(Localizer(.swedish).name(of: .seller) == "Säljare")
        #expect(Localizer(.norwegianBokmal).name(of: .seller) == "Selger")
        #expect(Localizer(.swedish).name(of: .manager) == "Säljchef")
        #expect(Localizer(.norwegianBokmal).name(of: .manager) == "Salgssjef")
        #expect(Localizer(.swedish).name(of: .leader) == "Säljledning")
        #expect(Localizer(.norwegianBokmal)(.teamMarket) == "Marked")
    }

    /// An import's note about stages it placed in the pipeline names them as the pages do, not by code.
    @Test func anImportsNoteNamesStagesAsThePagesDo() {
        let note = Problem(.importStagesPlacedInPipeline, ["stages": "demo_booked", "pipeline": "prospecting → demo_booked → negotiation"])
        for language in Language.allCases {
            let text = Localizer(language)
            let worded = text(note)
            #expect(worded.contains("\(text.stage("prospecting")) → \(text.stage("demo_booked")) → \(text.stage("negotiation"))"), "\(worded)")
            #expect(!worded.contains("demo_booked"), "\(worded)")
        }
    }
}
