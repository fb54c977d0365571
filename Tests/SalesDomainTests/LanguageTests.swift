import Testing
@testable import SalesDomain

@Suite struct LanguageTests {
    @Test(arguments: [
        ("sv-SE,sv;q=0.9,en;q=0.8", Language.swedish),
        ("nb-NO", .norwegianBokmal),
        ("no", .norwegianBokmal),
        ("de-DE,en;q=0.5", .english),
        ("en;q=0.3, nb;q=0.9", .norwegianBokmal),
    ])
    func acceptLanguagePicksTheBestSupported(_ example: (String, Language)) {
        #expect(Language.preferred(fromAcceptLanguage: example.0) == example.1)
    }

    @Test func unsupportedLanguagesGiveNothing() {
        #expect(Language.preferred(fromAcceptLanguage: "de, fr") == nil)
        #expect(Language.preferred(fromAcceptLanguage: nil) == nil)
    }
}
