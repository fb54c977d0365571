import Foundation
import Testing
import KeelImport
import SalesDomain

/// The default framework is data a customer reads, so its checks are about content: every text
/// in all three languages, a behavior for every level, examples where raters need them.
@Suite struct DefaultFrameworkTests {
    /// Parsed here rather than through `nordicB2B`, whose failure would stop the test process
    /// instead of naming the line; once for the whole suite, since the file is large.
    private static let parsed = Result { () throws(FrameworkFileError) in try FrameworkFile.parse(FrameworkDocument.nordicB2BYAML) }
    private let framework: FrameworkDocument

    init() throws {
        framework = try Self.parsed.get()
    }

    @Test func parsesWithoutProblems() throws {
        #expect(throws: Never.self) { try FrameworkFile.parse(FrameworkDocument.nordicB2BYAML) }
        #expect(framework.validate().isEmpty)
        #expect(FrameworkDocument.nordicB2B == framework)
    }

    @Test func hasTheEightNordicSellingAreas() {
        #expect(framework.key == "nordic-b2b")
        #expect(framework.format == FrameworkDocument.currentFormat)
        #expect(framework.ratingScale == .standard)
        #expect(framework.areas.map(\.key) == [
            "prospecting", "needs-analysis", "value-presentation", "negotiation",
            "closing", "account-development", "pipeline-discipline", "planning-and-prioritization",
        ])
    }

    @Test func hasTwoToFourCompetenciesPerAreaAndTwentyToTwentyFiveInAll() {
        for area in framework.areas {
            #expect((2...4).contains(area.competencies.count), "\(area.key)")
        }
        #expect((20...25).contains(competencies.count))
    }

    @Test func competencyKeysAreUniqueAndNamedAfterTheirArea() {
        #expect(Set(competencies.map(\.key)).count == competencies.count)
        for area in framework.areas {
            for competency in area.competencies {
                #expect(competency.key.hasPrefix(area.key + "."), "\(competency.key)")
                #expect(FrameworkKey.isValid(competency.key), "\(competency.key)")
            }
        }
    }

    @Test func everyCompetencyDescribesLevelsOneToFiveInOrder() {
        for competency in competencies {
            #expect(competency.levels.map(\.level) == [1, 2, 3, 4, 5], "\(competency.key)")
            #expect(competency.description != nil, "\(competency.key)")
        }
    }

    @Test func everyTextIsWrittenInEnglishSwedishAndNorwegian() {
        let texts = allTexts
        // The framework's name, 8 area names, and per competency a name, a description, 5 behaviors, 2 examples.
        #expect(texts.count == 1 + framework.areas.count + competencies.count * 9)
        for (place, text) in texts {
            for (language, value) in [("en", text.english), ("sv", text.swedish), ("nb", text.norwegianBokmal)] {
                let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                #expect(!trimmed.isEmpty, "\(place).\(language)")
            }
        }
    }

    /// Catches a translation left as a copy, or Swedish pasted where Norwegian belongs.
    @Test func competencyNamesAreTranslatedNotCopied() {
        for competency in competencies {
            #expect(competency.name.swedish != competency.name.english, "\(competency.key)")
            #expect(competency.name.norwegianBokmal != competency.name.swedish, "\(competency.key)")
        }
    }

    /// Swedish has ä and ö where Norwegian has æ and ø; one in the other's text is a slip.
    @Test func swedishAndNorwegianKeepTheirOwnLetters() {
        for (place, text) in allTexts {
            #expect(!(text.swedish ?? "").contains { "æøÆØ".contains($0) }, "\(place).sv")
            #expect(!(text.norwegianBokmal ?? "").contains { "äöÄÖ".contains($0) }, "\(place).nb")
        }
    }

    @Test func behaviorsAndExamplesAreWholeSentences() {
        for (place, text) in allTexts where !place.hasSuffix("name") {
            for value in [text.english, text.swedish, text.norwegianBokmal].compactMap({ $0 }) {
                #expect(value.first?.isUppercase == true, "\(place): \(value)")
                #expect(value.last.map { ".”»\"".contains($0) } == true, "\(place): \(value)")
            }
        }
    }

    /// Raters compare a seller with an example of poor use near the bottom of the scale and of good
    /// use near the top; examples in the middle would blur what level 3 means.
    @Test func everyCompetencyHasIneffectiveExamplesLowAndEffectiveOnesHigh() {
        for competency in competencies {
            let ineffective = competency.levels.filter { !$0.ineffective.isEmpty }.compactMap(\.level)
            let effective = competency.levels.filter { !$0.effective.isEmpty }.compactMap(\.level)
            #expect(!ineffective.isEmpty && ineffective.allSatisfy { $0 <= 2 }, "\(competency.key)")
            #expect(!effective.isEmpty && effective.allSatisfy { $0 >= 4 }, "\(competency.key)")
        }
    }

    @Test func survivesExportAndImportInBothFormats() throws {
        for format in FrameworkFileFormat.allCases {
            let file = try framework.encoded(as: format)
            #expect(try FrameworkFile.parse(file) == framework, "\(format)")
            #expect(try framework.encoded(as: format) == file, "\(format)")
        }
    }

    // MARK: - Helpers

    private var competencies: [FrameworkDocument.Competency] {
        framework.areas.flatMap(\.competencies)
    }

    /// Every text in the framework with where it is, such as `prospecting.calls.levels[2].behavior`.
    private var allTexts: [(place: String, text: LocalizedText)] {
        var texts: [(String, LocalizedText)] = [("name", framework.name)]
        for area in framework.areas {
            texts.append(("\(area.key).name", area.name))
            for competency in area.competencies {
                texts.append(("\(competency.key).name", competency.name))
                if let description = competency.description { texts.append(("\(competency.key).description", description)) }
                for (index, level) in competency.levels.enumerated() {
                    let place = "\(competency.key).levels[\(index)]"
                    texts.append(("\(place).behavior", level.behavior))
                    texts += level.effective.map { ("\(place).effective", $0) }
                    texts += level.ineffective.map { ("\(place).ineffective", $0) }
                }
            }
        }
        return texts
    }
}
