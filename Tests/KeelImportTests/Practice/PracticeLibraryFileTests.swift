import Foundation
import Testing
import KeelImport
import SalesDomain

/// The default practice library is content a seller reads, and the file format is how leaders
/// edit it: both are checked here.
@Suite struct PracticeLibraryFileTests {
    static let framework = try! FrameworkDocument.nordicB2B.makeDraft(
        id: .init(UUID()), organizationID: .init(UUID()), version: 1, newID: { UUID() })

    @Test("The default library: every competency at least twice, every area with each kind, every text in three languages")
    func defaultLibrary() throws {
        let document = try PracticeLibraryFile.parse(PracticeLibraryDocument.nordicB2BYAML)
        let items = try document.items(in: Self.framework, existing: [:], newID: { .init(UUID()) })
        #expect(items.count == document.items.count)
        for competency in Self.framework.competencies {
            #expect(items.count { $0.competencyID == competency.id } >= 2, "\(competency.key)")
        }
        for area in Self.framework.areas {
            let ids = Set(area.competencies.map(\.id))
            #expect(Set(items.filter { ids.contains($0.competencyID) }.map(\.kind)) == Set(PracticeKind.allCases), "\(area.key)")
        }
        for item in items {
            for text in [item.title] + item.content.texts {
                #expect(text.english?.isEmpty == false && text.swedish?.isEmpty == false && text.norwegianBokmal?.isEmpty == false, "\(item.key)")
            }
        }
    }

    @Test("Exported and read back, the library is the same")
    func roundTrip() throws {
        let items = try PracticeLibraryDocument.nordicB2B.items(in: Self.framework, existing: [:], newID: { .init(UUID()) })
        let ids = Dictionary(uniqueKeysWithValues: items.map { ($0.key, $0.id) })
        let again = try PracticeLibraryFile.parse(PracticeLibraryFile.export(items, framework: Self.framework))
            .items(in: Self.framework, existing: ids, newID: { .init(UUID()) })
        #expect(again.sorted { $0.key < $1.key } == items.sorted { $0.key < $1.key })
    }

    @Test("Every problem of a file at once, each at its line")
    func problemsAtTheirLines() {
        let text = """
        format: 1
        items:
        - key: prospecting.target-account-selection.one
          competency: prospecting.target-account-selection
          kind: drill
          aim-level: 3
          minutes: 15
          title: {en: One}
          instructions: {en: Do it.}
          lesson: {en: Not for a drill.}
        - key: nowhere.two
          competency: nowhere
          kind: micro-lesson
          aim-level: 3
          minutes: 90
          title: {en: Two}
          lesson: {en: Read.}
          question: {en: Which deal?}
        - key: prospecting.target-account-selection.three
          competency: prospecting.target-account-selection
          kind: role-play
          aim-level: 3
          minutes: 20
          title: {en: Three}
          situation: {en: S}
          customer-part: {en: C}
          good-looks-like:
          - {level: 1, text: {en: one}}
        """
        #expect {
            _ = try PracticeLibraryFile.parse(text)
        } throws: { error in
            let problems = (error as? FrameworkFileError)?.problems ?? []
            // A key of another kind is unknown for a drill.
            return problems.map(\.line) == [10] && problems[0].kind == .unknownKey
        }
        let valid = text.replacingOccurrences(of: "  lesson: {en: Not for a drill.}\n", with: "")
        #expect {
            _ = try PracticeLibraryFile.parse(valid).items(in: Self.framework, existing: [:], newID: { .init(UUID()) })
        } throws: { error in
            let problems = (error as? FrameworkFileError)?.problems ?? []
            // The unknown competency at item 2 (line 10); the role-play without levels 2–5 at item 3 (line 18).
            return problems.map(\.line) == [10, 18] && problems[1].problem.key == .rolePlayNeedsEveryLevel
        }
    }
}
