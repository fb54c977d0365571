import Foundation
import Testing
@testable import SalesDomain

@Suite struct ReasonCatalogTests {
    @Test func duplicateCodesAreRefusedNamingTheEntry() {
        #expect(throws: FieldErrors([FieldError(field: "reasons[1].code", code: .duplicate, .reasonCodeDuplicate, ["code": "no_time", "row": "1"])])) {
            try ReasonCatalog([
                PostponementReason(code: "no_time", names: [.english: "No time"], reasonClass: .excuseProne),
                PostponementReason(code: "No Time", names: [.swedish: "Hann inte"], reasonClass: .excuseProne),
            ])
        }
    }

    @Test func aReasonNeedsAName() {
        #expect(throws: FieldErrors([FieldError(field: "reasons[0].names", code: .required, .reasonNeedsName, ["code": "x"])])) {
            try ReasonCatalog([PostponementReason(code: "x", names: [.english: " "], reasonClass: .obstacle)])
        }
    }

    /// Issue 12: a malformed code, a duplicate and an unnamed reason come back together.
    @Test func everyProblemIsRefusedAtOnce() {
        let reasons = [
            PostponementReason(code: "no_time", names: [.english: "No time"], reasonClass: .excuseProne),
            PostponementReason(code: "no_time", names: [:], reasonClass: .excuseProne),
            PostponementReason(code: "Bad Code", names: [.swedish: "Fel"], reasonClass: .obstacle),
            PostponementReason(code: "no_time", names: [.swedish: "Igen"], reasonClass: .obstacle),
        ]
        #expect(throws: FieldErrors([
            FieldError(field: "reasons[2].code", code: .invalidFormat, .reasonCodeFormat),
            FieldError(field: "reasons[1].code", code: .duplicate, .reasonCodeDuplicate, ["code": "no_time", "row": "1"]),
            FieldError(field: "reasons[1].names", code: .required, .reasonNeedsName, ["code": "no_time"]),
            FieldError(field: "reasons[3].code", code: .duplicate, .reasonCodeDuplicate, ["code": "no_time", "row": "1"]),
        ])) {
            try ReasonCatalog.validated(rawCodes: ["no_time", "no_time", "Bad Code", "no_time"], reasons: reasons)
        }
    }

    @Test func defaultsAreNamedInEveryLanguageAndClassed() {
        let catalog = ReasonCatalog.defaults
        #expect(catalog.reasons.count == 12)
        for reason in catalog.reasons {
            #expect(Set(reason.names.keys) == Set(Language.allCases), "\(reason.code) lacks a translation")
        }
        #expect(catalog.reasonClass(of: "customer_rescheduled") == .obstacle)
        #expect(catalog.reasonClass(of: "no_time") == .excuseProne)
        #expect(catalog.reasonClass(of: "weather") == nil)
        #expect(catalog.reason(for: "illness")?.name(in: .norwegianBokmal) == "Sykdom")
    }

    @Test func namesFallBackToEnglishThenTheCode() {
        let english = PostponementReason(code: "x", names: [.english: "Ex"], reasonClass: .obstacle)
        #expect(english.name(in: .swedish) == "Ex")
        let swedishOnly = PostponementReason(code: "y", names: [.swedish: "Ypsilon"], reasonClass: .obstacle)
        #expect(swedishOnly.name(in: .english) == "Ypsilon")
        #expect(PostponementReason(code: "z", names: [:], reasonClass: .obstacle).name(in: .english) == "z")
    }

    @Test func theCatalogRoundTripsThroughJSONWithLanguageTags() throws {
        let catalog = try ReasonCatalog([
            PostponementReason(code: "illness", names: [.english: "Illness", .swedish: "Sjukdom"], reasonClass: .obstacle)
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = try encoder.encode(catalog)
        #expect(String(decoding: json, as: UTF8.self)
            == #"[{"code":"illness","isActive":true,"names":{"en":"Illness","sv":"Sjukdom"},"reasonClass":"obstacle"}]"#)
        #expect(try JSONDecoder().decode(ReasonCatalog.self, from: json) == catalog)
        // Decoding validates like the initializer does.
        let duplicate = Data(#"[{"code":"a","names":{"en":"A"},"reasonClass":"obstacle"},{"code":"a","names":{"en":"B"},"reasonClass":"obstacle"}]"#.utf8)
        #expect(throws: FieldErrors.self) { try JSONDecoder().decode(ReasonCatalog.self, from: duplicate) }
    }
}
