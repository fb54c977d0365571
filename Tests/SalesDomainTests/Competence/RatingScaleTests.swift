import Foundation
import Testing
@testable import SalesDomain

@Suite struct RatingScaleTests {
    @Test func theStandardScaleRunsFromOneToFive() {
        #expect(RatingScale.standard.levels == 1...5)
        #expect(RatingScale.standard.description == "1–5")
        #expect(!RatingScale.standard.contains(0))
        #expect(!RatingScale.standard.contains(6))
    }

    @Test(arguments: [3, 4, 7, 10])
    func topsFromThreeToTenAreAllowed(_ maximum: Int) throws {
        #expect(try RatingScale(maximum: maximum).levels == 1...maximum)
    }

    @Test(arguments: [-1, 0, 1, 2, 11, 100])
    func otherTopsAreRefusedNamingTheField(_ maximum: Int) {
        let error = #expect(throws: FieldError.self) { try RatingScale(maximum: maximum) }
        #expect(error?.field == "scale.max")
        #expect(error?.code == .invalidValue)
    }

    @Test func computedLevelsAreClampedOntoTheScale() throws {
        let scale = try RatingScale(maximum: 4)
        #expect(scale.clamped(0.2) == 1)
        #expect(scale.clamped(2.5) == 2.5)
        #expect(scale.clamped(4.7) == 4)
    }

    @Test func encodesAsMinAndMaxAndRefusesABadScaleOnDecoding() throws {
        let json = try JSONEncoder().encode(try RatingScale(maximum: 7))
        #expect(String(decoding: json, as: UTF8.self).contains("\"max\":7"))
        #expect(try JSONDecoder().decode(RatingScale.self, from: json).maximum == 7)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(RatingScale.self, from: Data(#"{"min":0,"max":5}"#.utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(RatingScale.self, from: Data(#"{"max":12}"#.utf8)) }
    }
}

@Suite struct LocalizedTextTests {
    @Test func missingTranslationsFallBackToEnglish() {
        let text = LocalizedText(english: "Negotiation", swedish: "Förhandling", norwegianBokmal: " ")
        #expect(text.text(in: .swedish) == "Förhandling")
        #expect(text.text(in: .norwegianBokmal) == "Negotiation")
        #expect(LocalizedText(english: nil, swedish: "Förhandling").text(in: .english) == "Förhandling")
        #expect(LocalizedText(english: "  ").lacksEnglish)
    }

    @Test func encodesWithLanguageCodes() throws {
        let json = try JSONEncoder().encode(LocalizedText(english: "Closing", norwegianBokmal: "Avslutning"))
        let decoded = try JSONDecoder().decode([String: String].self, from: json)
        #expect(decoded == ["en": "Closing", "nb": "Avslutning"])
    }
}
