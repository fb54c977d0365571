import Foundation
import Testing
@testable import SalesDomain

@Suite struct FrameworkDocumentTests {
    let document = FrameworkDocument(CompetenceFixture.framework())

    @Test func aCompleteFrameworkHasNoProblems() {
        #expect(document.validate().isEmpty)
        #expect(CompetenceFixture.framework().problems().isEmpty)
    }

    @Test func exportIsStableJSONThatReadsBackTheSame() throws {
        let json = try document.encodedJSON()
        #expect(try FrameworkDocument.decodeJSON(json) == document)
        #expect(try document.encodedJSON() == json)
        let text = String(decoding: json, as: UTF8.self)
        #expect(text.contains(#""key" : "negotiation.anchoring""#))
        #expect(text.contains(#""sv" : "Nordisk B2B-försäljning""#))
    }

    @Test func importingAnExportedVersionKeepsIdsOfKnownKeysAndNumbersANewDraft() throws {
        let published = CompetenceFixture.framework(publishedAt: CompetenceFixture.day(1))
        var edited = FrameworkDocument(published)
        edited.areas[1].competencies.append(.init(
            key: "negotiation.walk-away", name: "Walking away",
            levels: (1...5).map { (level: Int) in .init(level: level, behavior: "walks away at level \(level)") }
        ))
        var minted = 0
        let draft = try edited.makeDraft(
            id: published.id, organizationID: published.organizationID, version: 2, previous: published,
            newID: { minted += 1; return CompetenceFixture.uuid(99, minted) }
        )
        #expect(draft.status == .draft)
        #expect(draft.version == 2)
        #expect(draft.competency(key: "negotiation.anchoring")?.id == CompetenceFixture.competencyID(2))
        #expect(draft.areas.map(\.id) == [CompetenceFixture.areaID(1), CompetenceFixture.areaID(2)])
        #expect(draft.competency(key: "negotiation.walk-away")?.id == Competency.ID(CompetenceFixture.uuid(99, 1)))
        #expect(minted == 1)
        #expect(FrameworkDocument(draft).areas == edited.areas)
    }

    @Test func aMissingLevelIsReportedAtTheCompetencysLevels() {
        var document = document
        document.areas[1].competencies[0].levels.remove(at: 3) // level 4
        let problems = document.validate()
        #expect(problems == [FrameworkProblem(
            path: FrameworkPath([.key("areas"), .index(1), .key("competencies"), .index(0), .key("levels")]),
            kind: .missingLevel, .levelMissing, ["level": "4"]
        )])
        #expect(problems.first?.description == "areas[1].competencies[0].levels: levelMissing level=4")
        #expect(problems.first?.fieldError.field == "areas[1].competencies[0].levels")
    }

    @Test func aDuplicateCompetencyKeyIsReportedWhereItRepeats() {
        var document = document
        document.areas[0].competencies[0].key = "negotiation.anchoring"
        document.areas[1].competencies[1].key = "negotiation.anchoring"
        let problems = document.validate()
        #expect(problems.map(\.description) == [
            "areas[1].competencies[0].key: frameworkKeyDuplicate first=areas[0].competencies[0] key=negotiation.anchoring",
            "areas[1].competencies[1].key: frameworkKeyDuplicate first=areas[0].competencies[0] key=negotiation.anchoring",
        ])
        #expect(problems.allSatisfy { $0.kind == .duplicate && $0.fieldError.code == .duplicate })
    }

    @Test func aDuplicateAreaKeyIsReported() {
        var document = document
        document.areas[1].key = "prospecting"
        #expect(document.validate().map(\.description) == ["areas[1].key: frameworkKeyDuplicate first=areas[0] key=prospecting"])
    }

    @Test func levelsOutsideTheScaleOrTwiceOrUnnumberedAreReported() {
        var document = document
        document.areas[0].competencies[0].levels.append(.init(level: 6, behavior: "beyond the scale"))
        document.areas[0].competencies[0].levels.append(.init(level: 2, behavior: "again"))
        document.areas[0].competencies[0].levels.append(.init(level: nil, behavior: "no number"))
        #expect(document.validate().map(\.description) == [
            "areas[0].competencies[0].levels[5].level: levelOutsideScale level=6 scale=1–5",
            "areas[0].competencies[0].levels[6].level: levelDescribedTwice level=2",
            "areas[0].competencies[0].levels[7].level: levelNumberRequired",
        ])
    }

    @Test func aNarrowerScaleNeedsOnlyItsLevelsAndTooWideAScaleIsRefused() {
        var document = document
        document.scale = .init(max: 3)
        for area in document.areas.indices {
            for competency in document.areas[area].competencies.indices {
                document.areas[area].competencies[competency].levels.removeLast(2)
            }
        }
        #expect(document.validate().isEmpty)
        #expect(document.ratingScale?.maximum == 3)

        document.scale = .init(min: 0, max: 11)
        #expect(document.validate().map(\.description) == [
            "scale.min: scaleStartNotOne minimum=0",
            "scale.max: scaleMaximumNotAllowed maximum=11",
        ])
        #expect(document.ratingScale == nil)
    }

    @Test func englishTextsAndWellFormedKeysAreRequired() {
        var document = document
        document.name = LocalizedText(english: nil, swedish: "Bara svenska")
        document.areas[0].key = "Prospecting Area"
        document.areas[1].competencies[0].levels[0].behavior = LocalizedText(english: " ")
        document.areas[1].competencies[0].levels[0].ineffective = [LocalizedText(english: "")]
        #expect(document.validate().map(\.description) == [
            "name.en: englishTextRequired",
            "areas[0].key: frameworkKeyFormat key=Prospecting Area maximum=100",
            "areas[1].competencies[0].levels[0].behavior.en: englishTextRequired",
            "areas[1].competencies[0].levels[0].ineffective[0].en: englishTextRequired",
        ])
    }

    @Test func aSparseFileDecodesSoThatEveryGapCanBeReported() throws {
        let json = #"""
        {"format": 1, "key": "mini", "name": {"en": "Mini"},
         "areas": [{"key": "closing", "name": {"en": "Closing"},
                    "competencies": [{"key": "closing.asking", "name": {"en": "Asking for the order"}}]},
                   {"key": "empty"}]}
        """#
        let document = try FrameworkDocument.decodeJSON(Data(json.utf8))
        #expect(document.validate().map(\.description) == [
            "areas[0].competencies[0].levels: levelMissing level=1",
            "areas[0].competencies[0].levels: levelMissing level=2",
            "areas[0].competencies[0].levels: levelMissing level=3",
            "areas[0].competencies[0].levels: levelMissing level=4",
            "areas[0].competencies[0].levels: levelMissing level=5",
            "areas[1].name.en: englishTextRequired",
            "areas[1].competencies: areaNeedsCompetency",
        ])
    }

    @Test func anUnknownFormatOrAnEmptyFrameworkIsRefused() {
        let empty = FrameworkDocument(format: 2, key: "", name: "Empty", areas: [])
        #expect(empty.validate().map(\.description) == [
            "format: frameworkFormatNotSupported format=2 supported=1",
            "key: valueRequired",
            "areas: frameworkNeedsArea",
        ])
    }

    @Test func nothingIsBuiltFromADocumentWithProblems() {
        var document = document
        document.areas[0].competencies[0].levels.removeAll()
        let error = #expect(throws: FrameworkValidationError.self) {
            try document.makeDraft(
                id: CompetenceFixture.frameworkID, organizationID: Fixture.organization, version: 1,
                newID: { CompetenceFixture.uuid(99, 1) }
            )
        }
        #expect(error?.problems.count == 5)
    }

    @Test func pathsEncodeAsTheirComponents() throws {
        let path = FrameworkPath.root.appending("areas", 2).appending("key")
        let json = try JSONEncoder().encode(path)
        #expect(String(decoding: json, as: UTF8.self) == #"["areas",2,"key"]"#)
        #expect(try JSONDecoder().decode(FrameworkPath.self, from: json) == path)
        #expect(FrameworkPath.root.description == "(framework)")
    }

    @Test(arguments: [
        ("negotiation.anchoring", true), ("a", true), ("2fa_check-x", true),
        ("", false), ("Negotiation", false), (".hidden", false), ("space key", false), ("förhandling", false),
        (String(repeating: "k", count: 101), false),
    ])
    func keysAreLowerCaseAsciiWithDotsDashesAndUnderscores(_ example: (String, Bool)) {
        #expect(FrameworkKey.isValid(example.0) == example.1)
    }
}
