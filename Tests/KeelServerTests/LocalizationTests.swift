import Foundation
@testable import KeelServer
import SalesDomain
import Testing

@Suite struct LocalizationTests {
    @Test(arguments: Language.allCases)
    func everyKeyIsTranslated(_ language: Language) {
        let catalog = Localizer.catalog(for: language)
        let missing = TextKey.allCases.filter { (catalog[$0] ?? "").isEmpty }
        #expect(missing.isEmpty, "\(language.rawValue) lacks \(missing.map(\.rawValue))")
    }

    @Test(arguments: Language.allCases)
    func placeholdersMatchTheEnglishText(_ language: Language) {
        func placeholders(_ text: String) -> Set<String> {
            Set(text.split(separator: "{", omittingEmptySubsequences: false).dropFirst()
                .compactMap { $0.split(separator: "}", omittingEmptySubsequences: false).first.map(String.init) })
        }
        for key in TextKey.allCases {
            let english = placeholders(Localizer.catalog(for: .english)[key] ?? "")
            let translated = placeholders(Localizer.catalog(for: language)[key] ?? "")
            #expect(english == translated, "\(language.rawValue).\(key.rawValue)")
        }
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
}
