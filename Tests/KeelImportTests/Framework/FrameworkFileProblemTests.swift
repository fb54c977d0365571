import Foundation
import Testing
import KeelImport
import SalesDomain

/// Each file is written out line by line, so the expected line numbers can be counted by eye.
@Suite struct FrameworkFileProblemTests {
    @Test func aMissingLevelIsReportedAtItsLevelsKey() {
        let file = """
            format: 1
            key: tiny
            name: {en: Tiny}
            scale: {min: 1, max: 5}
            areas:
            - key: prospecting
              name: {en: Prospecting}
              competencies:
              - key: prospecting.calls
                name: {en: Calls}
                levels:
                - {level: 1, behavior: {en: Calls nobody.}}
                - {level: 2, behavior: {en: Calls when reminded.}}
                - {level: 4, behavior: {en: Calls to a plan.}}
                - {level: 5, behavior: {en: Coaches others to call.}}
            """
        let problems = problems(in: file)
        #expect(problems == [FrameworkFileProblem(
            line: 11, column: 5, path: path("areas", 0, "competencies", 0, "levels"), kind: .missingLevel,
            problem: Problem(.levelMissing, ["level": "3"])
        )])
        #expect(problems.first?.description == "line 11, column 5: areas[0].competencies[0].levels: levelMissing level=3")
    }

    @Test func aMissingLevelInAJSONFileIsReportedAtItsLevelsKey() {
        let file = """
            {
              "format": 1,
              "key": "tiny",
              "name": {"en": "Tiny"},
              "areas": [
                {
                  "key": "prospecting",
                  "name": {"en": "Prospecting"},
                  "competencies": [
                    {
                      "key": "prospecting.calls",
                      "name": {"en": "Calls", "sv": "Samtal", "nb": "Samtaler"},
                      "levels": [
                        {"level": 1, "behavior": {"en": "Calls nobody."}},
                        {"level": 2, "behavior": {"en": "Calls when reminded."}},
                        {"level": 4, "behavior": {"en": "Calls to a plan."}},
                        {"level": 5, "behavior": {"en": "Coaches others to call."}}
                      ]
                    }
                  ]
                }
              ]
            }
            """
        let problems = problems(in: Data(file.utf8))
        #expect(problems.map(\.description) == ["line 13, column 11: areas[0].competencies[0].levels: levelMissing level=3"])
    }

    @Test func aJSONSyntaxErrorIsReportedAtItsLine() {
        let file = """
            {
              "format": 1,
              "key": "tiny"
              "name": {"en": "Tiny"}
            }
            """
        let problems = problems(in: file)
        #expect(problems.count == 1)
        #expect(problems.first?.kind == .syntax)
        #expect(problems.first?.line == 4)
    }

    @Test func aDuplicateCompetencyKeyIsReportedAtTheSecondWithTheLineOfTheFirst() {
        let file = """
            format: 1
            key: tiny
            name: {en: Tiny}
            scale: {max: 3}
            areas:
            - key: prospecting
              name: {en: Prospecting}
              competencies:
              - key: shared.calls
                name: {en: Calls}
                levels: [{level: 1, behavior: {en: a}}, {level: 2, behavior: {en: b}}, {level: 3, behavior: {en: c}}]
            - key: closing
              name: {en: Closing}
              competencies:
              - key: shared.calls
                name: {en: Calls again}
                levels: [{level: 1, behavior: {en: a}}, {level: 2, behavior: {en: b}}, {level: 3, behavior: {en: c}}]
            """
        let problems = problems(in: file)
        #expect(problems.count == 1)
        #expect(problems.first?.line == 15)
        #expect(problems.first?.column == 10)
        #expect(problems.first?.kind == .duplicate)
        #expect(problems.first?.description
            == "line 15, column 10: areas[1].competencies[0].key: frameworkKeyDuplicateOnLine first=areas[0].competencies[0] key=shared.calls line=9")
    }

    @Test func aKeyWrittenTwiceInOneMappingIsReportedAndTheRestOfTheFileStillChecked() {
        let file = """
            format: 1
            key: tiny
            name: {en: Tiny}
            scale: {max: 3}
            areas:
            - key: prospecting
              name: {en: Prospecting}
              competencies:
              - key: prospecting.calls
                name: {en: Calls}
                name: {en: Phone calls}
                levels:
                - {level: 1, behavior: {en: a}}
                - {level: 2, behavior: {en: b}, behavior: {en: c}}
            - {key: closing, name: {en: Closing}}
            """
        let problems = problems(in: file)
        #expect(problems.map(\.line) == [11, 12, 14, 15])
        #expect(problems[0].kind == .duplicateKey)
        #expect(problems[0].column == 5)
        #expect(problems[0].problem == Problem(.frameworkFileKeyTwice, ["key": "name", "line": "10"]))
        #expect(problems[1].problem == Problem(.levelMissing, ["level": "3"]))
        #expect(problems[2].kind == .duplicateKey)
        #expect(problems[2].column == 37)
        #expect(problems[2].problem == Problem(.frameworkFileKeyTwiceOnLine, ["key": "behavior", "column": "18"]))
        #expect(problems[3].problem == Problem(.areaNeedsCompetency))
    }

    @Test func theSameKeyThreeTimesIsReportedTwice() {
        let file = """
            key: one
            key: two
            key: three
            """
        let problems = problems(in: file).filter { $0.kind == .duplicateKey }
        #expect(problems.map(\.line) == [2, 3])
    }

    @Test func aLevelNumberWrittenAsTextIsAWrongTypeAndNotAlsoAMissingLevel() {
        let file = """
            format: 1
            key: tiny
            name: {en: Tiny}
            scale: {max: 3}
            areas:
            - key: prospecting
              name: {en: Prospecting}
              competencies:
              - key: prospecting.calls
                name: {en: Calls}
                levels:
                - level: 1
                  behavior: {en: a}
                - level: "2"
                  behavior: {en: b}
                - level: three
                  behavior: {en: c}
            """
        let problems = problems(in: file)
        #expect(problems == [
            FrameworkFileProblem(
                line: 14, column: 14, path: path("areas", 0, "competencies", 0, "levels", 1, "level"), kind: .wrongType,
                problem: Problem(.frameworkFileNumberQuoted), found: Problem(.frameworkFoundText, ["text": "2"])
            ),
            FrameworkFileProblem(
                line: 16, column: 14, path: path("areas", 0, "competencies", 0, "levels", 2, "level"), kind: .wrongType,
                problem: Problem(.frameworkFileExpectedWholeNumber), found: Problem(.frameworkFoundValue, ["value": "three"])
            ),
        ])
    }

    @Test func aScaleUpToElevenIsReportedAtItsMaximum() {
        let file = """
            format: 1
            key: tiny
            name: {en: Tiny}
            scale:
              min: 1
              max: 11
            areas:
            - key: prospecting
              name: {en: Prospecting}
              competencies:
              - key: prospecting.calls
                name: {en: Calls}
                levels: [{level: 1, behavior: {en: a}}]
            """
        #expect(problems(in: file) == [FrameworkFileProblem(
            line: 6, column: 8, path: path("scale", "max"), kind: .invalidValue, problem: Problem(.scaleMaximumNotAllowed, ["maximum": "11"])
        )])
    }

    @Test func missingKeysAreReportedAtTheMappingThatShouldHoldThem() {
        let file = """
            format: 1
            name: {sv: Liten}
            areas:
            - name: {en: Prospecting}
              competencies:
              - key: prospecting.calls
                levels: [{level: 1, behavior: {en: a}}, {level: 2, behavior: {en: b}}, {level: 3}, {level: 4, behavior: {en: d}}, {level: 5, behavior: {en: e}}]
            """
        let problems = problems(in: file)
        #expect(problems.map(\.description) == [
            "line 1, column 1: key: valueRequired",
            "line 2, column 1: name.en: englishTextRequired",
            "line 4, column 3: areas[0].key: valueRequired",
            "line 6, column 5: areas[0].competencies[0].name.en: englishTextRequired",
            "line 7, column 76: areas[0].competencies[0].levels[2].behavior.en: englishTextRequired",
        ])
    }

    @Test func unknownKeysAreReportedWithTheKeyTheyProbablyMeant() {
        let file = """
            format: 1
            key: tiny
            name: {en: Tiny, se: Liten}
            areas:
            - key: prospecting
              name: {en: Prospecting}
              competencies:
              - key: prospecting.calls
                name: {en: Calls}
                levles:
                - {level: 1, behavior: {en: a}}
                colour: blue
            """
        let problems = problems(in: file)
        #expect(problems.map(\.line) == [3, 10, 12])
        #expect(problems.map(\.path) == [path("name", "se"), path("areas", 0, "competencies", 0, "levles"), path("areas", 0, "competencies", 0, "colour")])
        let competencyKeys = "`key`, `name`, `description`, `levels`"
        #expect(problems.map(\.problem) == [
            Problem(.frameworkFileUnknownKeyDidYouMean, ["key": "se", "suggestion": "sv", "allowed": "`en`, `sv`, `nb`"]),
            Problem(.frameworkFileUnknownKeyDidYouMean, ["key": "levles", "suggestion": "levels", "allowed": competencyKeys]),
            Problem(.frameworkFileUnknownKey, ["key": "colour", "allowed": competencyKeys]),
        ])
    }

    @Test func valuesOfTheWrongKindAreReportedWhereTheyAre() {
        let file = """
            format: 1
            key: [tiny]
            name: Tiny
            scale: 5
            areas:
            - prospecting
            - key: closing
              name: {en: Closing}
              competencies: {key: closing.ask}
            """
        let problems = problems(in: file)
        #expect(problems.map(\.line) == [2, 3, 4, 6, 9])
        #expect(problems.allSatisfy { $0.kind == .wrongType })
        #expect(problems.map(\.problem) == [
            Problem(.frameworkFileExpectedText),
            Problem(.frameworkFileExpectedMapping, ["keys": "`en`, `sv`, `nb`"]),
            Problem(.frameworkFileExpectedMapping, ["keys": "`min`, `max`"]),
            Problem(.frameworkFileExpectedMapping, ["keys": "`key`, `name`, `competencies`"]),
            Problem(.frameworkFileExpectedList),
        ])
        #expect(problems.map(\.found) == [
            Problem(.frameworkFoundList), Problem(.frameworkFoundValue, ["value": "Tiny"]), Problem(.frameworkFoundValue, ["value": "5"]),
            Problem(.frameworkFoundValue, ["value": "prospecting"]), Problem(.frameworkFoundMapping),
        ])
    }

    @Test func aSyntaxErrorIsReportedAtTheMarkOfTheParser() {
        let file = """
            format: 1
            key: tiny
            name: {en: Tiny
            areas: []
            """
        #expect(problems(in: file) == [FrameworkFileProblem(
            line: 4, column: 6, kind: .syntax,
            problem: Problem(.frameworkFileNotYAMLSince, [
                "detail": "did not find expected ',' or '}'", "context": "while parsing a flow mapping", "line": "3", "column": "7",
            ])
        )])
    }

    @Test func aBadIndentIsASyntaxError() {
        let problems = problems(in: "format: 1\nkey: tiny\n  name: {en: Tiny}\n")
        #expect(problems.map(\.description) == ["line 3, column 7: frameworkFileNotYAML detail=mapping values are not allowed in this context"])
    }

    @Test func aSecondDocumentIsRefused() {
        let problems = problems(in: "key: one\n---\nkey: two\n")
        #expect(problems.map(\.line) == [2])
        #expect(problems.first?.problem == Problem(.frameworkFileSecondDocument))
    }

    @Test(arguments: ["", "\n\n", "# nothing but a comment\n", "---\n", "~\n"])
    func anEmptyFileIsAnError(file: String) {
        #expect(problems(in: file) == [FrameworkFileProblem(
            line: 1, kind: .empty, problem: Problem(.frameworkFileEmpty)
        )])
    }

    @Test func aListAtTheTopIsNotAFramework() {
        let problems = problems(in: "# areas only\n- key: prospecting\n- key: closing\n")
        #expect(problems == [FrameworkFileProblem(
            line: 2, column: 1, kind: .wrongType,
            problem: Problem(.frameworkFileExpectedMapping, ["keys": "`format`, `key`, `name`, `version`, `scale`, `areas`"]),
            found: Problem(.frameworkFoundList)
        )])
    }

    @Test func bytesThatAreNotUTF8AreReportedAtTheirLine() {
        // "Säljteknik" saved as Latin-1: ä is the single byte 0xE4.
        var data = Data("format: 1\nkey: tiny\nname: {en: Sales, sv: S".utf8)
        data.append(0xE4)
        data.append(contentsOf: Data("ljteknik}\n".utf8))
        #expect(problems(in: data) == [FrameworkFileProblem(
            line: 3, column: 24, kind: .notUTF8, problem: Problem(.frameworkFileNotUTF8, ["byte": "0xE4", "offset": "43"])
        )])
    }

    @Test func aUTF16FileIsRefusedAtItsFirstByte() {
        var data = Data([0xFF, 0xFE])
        data.append(contentsOf: "key: x\n".data(using: .utf16LittleEndian)!)
        let problems = problems(in: data)
        #expect(problems.map(\.description) == ["line 1, column 1: frameworkFileNotUTF8 byte=0xFF offset=0"])
    }

    @Test func problemsComeOrderedByLine() {
        let file = """
            format: 2
            key: Tiny Framework
            name: {en: Tiny}
            scale: {max: 3}
            areas:
            - key: prospecting
              name: {en: Prospecting}
              competencies:
              - key: prospecting.calls
                name: {en: Calls}
                levels: [{level: 1, behavior: {en: a}}, {level: 2, behavior: {en: b}}, {level: 3, behavior: {en: c}}, {level: 4, behavior: {en: d}}]
            """
        let error = #expect(throws: FrameworkFileError.self) { try FrameworkFile.parse(file) }
        #expect(error?.problems.map(\.line) == [1, 2, 11])
        #expect(error?.description == """
            line 1, column 9: format: frameworkFormatNotSupported format=2 supported=1
            line 2, column 6: key: frameworkKeyFormat key=Tiny Framework maximum=100
            line 11, column 115: areas[0].competencies[0].levels[3].level: levelOutsideScale level=4 scale=1–3
            """)
    }

    // MARK: - Helpers

    /// Ten levels of aliases, each repeating the last ten times: 4 KB standing for 10¹⁰ values.
    @Test func anAliasBombIsRefusedBeforeItIsRead() {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1...10 {
            let previous = "*a\(level - 1)"
            lines.append("a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]")
        }
        let started = Date()
        let found = problems(in: lines.joined(separator: "\n") + "\n")
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(found.count == 1)
        #expect(found.first?.kind == .syntax)
        #expect(found.first?.problem == Problem(.frameworkFileTooManyValues, ["maximum": "200000"]))
    }

    @Test func aFileNestedTooDeeplyIsRefused() {
        let text = "key: " + String(repeating: "[", count: 60) + String(repeating: "]", count: 60) + "\n"
        let found = problems(in: text)
        #expect(found.count == 1)
        #expect(found.first?.problem == Problem(.frameworkFileTooDeep, ["maximum": "40"]))
    }

    private func problems(in text: String) -> [FrameworkFileProblem] {
        do {
            let document = try FrameworkFile.parse(text)
            Issue.record("expected problems, but the file parsed: \(document)")
            return []
        } catch {
            return error.problems
        }
    }

    private func problems(in data: Data) -> [FrameworkFileProblem] {
        do {
            let document = try FrameworkFile.parse(data)
            Issue.record("expected problems, but the file parsed: \(document)")
            return []
        } catch {
            return error.problems
        }
    }
}

/// `path("areas", 0, "key")` for `areas[0].key`.
func path(_ components: any Sendable...) -> FrameworkPath {
    FrameworkPath(components.map { component in
        if let index = component as? Int { return .index(index) }
        return .key(component as? String ?? "")
    })
}
