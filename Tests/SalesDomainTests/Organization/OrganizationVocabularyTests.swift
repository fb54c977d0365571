import Foundation
import Testing
@testable import SalesDomain

@Suite struct OrganizationVocabularyTests {
    let renamed = OrganizationVocabulary([
        VocabularyEntry(kind: .activityType, code: "meeting", names: [.english: "Customer visit"]),
        VocabularyEntry(kind: .activityType, code: "site_visit", names: [.swedish: "Platsbesök"]),
        VocabularyEntry(kind: .dealStage, code: "qualification", names: [.english: "Discovery", .swedish: "Behovsanalys", .norwegianBokmal: "Behovsanalyse"]),
        VocabularyEntry(kind: .market, code: "SE", names: [.norwegianBokmal: "Sverige-markedet"]),
    ])

    @Test func theOrganizationsNameInTheReadersLanguageComesFirst() {
        #expect(renamed.name(.dealStage, "qualification", in: .english) == "Discovery")
        #expect(renamed.name(.dealStage, "qualification", in: .swedish) == "Behovsanalys")
        #expect(renamed.name(.dealStage, "qualification", in: .norwegianBokmal) == "Behovsanalyse")
        #expect(renamed.name(.activityType, "meeting", in: .english) == "Customer visit")
    }

    /// An English-only rename must not put English on a Swedish page where Keel has the word.
    @Test func keelsTranslationBeatsTheOrganizationsNameInAnotherLanguage() {
        #expect(renamed.name(.activityType, "meeting", in: .swedish) == "Kundmöte")
        #expect(renamed.name(.activityType, "meeting", in: .norwegianBokmal) == "Kundemøte")
    }

    @Test func aCodeKeelDoesNotKnowTakesTheOrganizationsNameInAnyLanguageThenReadsAsWords() {
        #expect(renamed.name(.activityType, "site_visit", in: .english) == "Platsbesök")
        #expect(renamed.name(.activityType, "crm_sync_job", in: .swedish) == "Crm sync job")
        #expect(OrganizationVocabulary().name(.activityType, "crm_admin", in: .swedish) == "CRM-administration")
    }

    @Test func jobRolesHaveDefaultsInEveryLanguageThatDifferFromEnglish() {
        let defaults = OrganizationVocabulary()
        for role in JobRole.allCases {
            let english = defaults.name(.jobRole, role.rawValue, in: .english)
            #expect(defaults.name(.jobRole, role.rawValue, in: .swedish) != english, "\(role)")
            #expect(defaults.name(.jobRole, role.rawValue, in: .norwegianBokmal) != english, "\(role)")
        }
        #expect(defaults.name(.jobRole, "account_executive", in: .swedish) == "Kundansvarig säljare")
    }

    @Test func aMarketKeepsANameTheOrganizationTypedButTranslatesKeelsCountryName() {
        let plain = OrganizationVocabulary()
        #expect(plain.name(.market, "NO", in: .swedish, stored: "Norway") == "Norge")
        #expect(plain.name(.market, "NO", in: .english, stored: "Norway") == "Norway")
        #expect(plain.name(.market, "NO", in: .swedish, stored: "Västlandet") == "Västlandet")
        #expect(plain.name(.market, "XX", in: .swedish, stored: "Benelux") == "Benelux")
        #expect(renamed.name(.market, "SE", in: .norwegianBokmal, stored: "Sweden") == "Sverige-markedet")
        #expect(renamed.name(.market, "SE", in: .swedish, stored: "Sweden") == "Sverige")
    }

    @Test func everyDefaultIsNamedInEveryLanguage() {
        for (kind, codes) in OrganizationVocabulary.keelDefaults {
            for (code, names) in codes {
                #expect(Set(names.keys) == Set(Language.allCases), "\(kind) \(code)")
            }
        }
        for role in JobRole.allCases {
            #expect(OrganizationVocabulary.defaultName(.jobRole, role.rawValue, in: .swedish) != nil)
        }
    }

    @Test func validationNamesEveryProblemAtOnce() {
        let drafts = [
            VocabularyDraft(kind: "activity_type", code: "meeting", names: ["sv": "Besök", "nb": " "]),
            VocabularyDraft(kind: "colour", code: "red", names: ["en": "Red"]),
            VocabularyDraft(kind: "activity_type", code: "meeting", names: ["xx": "Möte", "en": String(repeating: "a", count: 81)]),
            VocabularyDraft(kind: "job_role", code: "wizard", names: ["en": "Wizard"]),
            VocabularyDraft(kind: "deal_stage", code: "  ", names: [:]),
        ]
        #expect(throws: FieldErrors([
            FieldError(field: "words[0].names.nb", code: .required, .valueRequired),
            FieldError(field: "words[1].kind", code: .invalidValue, .notOneOf, ["value": "colour", "choices": "activity_type, deal_stage, job_role, market"]),
            FieldError(field: "words[2].code", code: .duplicate, .wordListedTwice, ["code": "meeting", "row": "1"]),
            FieldError(field: "words[2].names.en", code: .tooLong, .textTooLong, ["maximum": "80"]),
            FieldError(field: "words[2].names.xx", code: .invalidValue, .notOneOf, ["value": "xx", "choices": "en, sv, nb"]),
            FieldError(field: "words[3].code", code: .invalidValue, .notOneOf, [
                "value": "wizard", "choices": JobRole.allCases.map(\.rawValue).joined(separator: ", "),
            ]),
            FieldError(field: "words[4].code", code: .required, .valueRequired),
        ])) {
            try OrganizationVocabulary.validated(drafts)
        }
    }

    @Test func validRowsBecomeTheVocabularyAndRowsWithoutNamesFallBackToDefaults() throws {
        let vocabulary = try OrganizationVocabulary.validated([
            VocabularyDraft(kind: "deal_stage", code: "qualification", names: ["sv": " Behovsanalys "]),
            VocabularyDraft(kind: "activity_type", code: "call", names: [:]),
        ])
        #expect(vocabulary.entries == [VocabularyEntry(kind: .dealStage, code: "qualification", names: [.swedish: "Behovsanalys"])])
        #expect(vocabulary.name(.activityType, "call", in: .swedish) == "Samtal")
    }
}
