import Foundation
import Testing
@testable import SalesDomain

@Suite struct CompetencyFrameworkVersioningTests {
    let draft = CompetenceFixture.framework()
    let published = CompetenceFixture.framework(publishedAt: CompetenceFixture.day(2))

    @Test func publishingStampsTheDateAndMakesTheVersionImmutable() throws {
        let result = try draft.published(at: CompetenceFixture.day(2))
        #expect(result.status == .published)
        #expect(result.publishedAt == CompetenceFixture.day(2))
        #expect(result == published)
    }

    @Test func editingAPublishedVersionIsRefused() {
        var edited = published
        edited.areas[0].name = "Finding customers"
        let error = #expect(throws: FieldError.self) { try CompetencyFramework.validateEdit(of: published, to: edited) }
        #expect(error?.field == "version")
        #expect(error?.code == .conflict)
        #expect(error?.problem == Problem(.frameworkVersionPublished, ["version": "1", "key": "nordic-b2b"]))
        #expect(throws: FieldError.self) { try published.published(at: CompetenceFixture.day(3)) }
    }

    @Test func aDraftMayChangeEvenIntoAnIncompleteStateButNotItsIdentity() throws {
        var edited = draft
        edited.areas[0].competencies[0].levels.removeLast()
        try CompetencyFramework.validateEdit(of: draft, to: edited)

        var renumbered = draft
        renumbered.version = 3
        #expect(throws: FieldError.self) { try CompetencyFramework.validateEdit(of: draft, to: renumbered) }
        var selfPublished = draft
        selfPublished.publishedAt = CompetenceFixture.day(3)
        #expect(throws: FieldError.self) { try CompetencyFramework.validateEdit(of: draft, to: selfPublished) }
        var rekeyed = draft
        rekeyed.key = "another-framework"
        let error = #expect(throws: FieldError.self) { try CompetencyFramework.validateEdit(of: draft, to: rekeyed) }
        #expect(error?.field == "key")
    }

    @Test func anIncompleteDraftCannotBePublished() {
        var incomplete = draft
        incomplete.areas[1].competencies[1].levels.removeFirst()
        let error = #expect(throws: FieldError.self) { try incomplete.published(at: CompetenceFixture.day(2)) }
        #expect(error == FieldError(field: "areas[1].competencies[1].levels", code: .required, .levelMissing, ["level": "1"]))
    }

    @Test func aNewDraftIsTheNextVersionWithTheSameContentAndIds() throws {
        let next = try CompetencyFramework.newDraft(from: published)
        #expect(next.version == 2)
        #expect(next.status == .draft)
        #expect(next.areas == published.areas)
        #expect(next.reference == FrameworkVersionReference(frameworkID: CompetenceFixture.frameworkID, version: 2))
    }

    @Test func aSecondDraftBesideAnOpenOneIsRefused() {
        let error = #expect(throws: FieldError.self) { try CompetencyFramework.newDraft(from: draft) }
        #expect(error?.code == .conflict)
    }

    @Test func duplicateIdsAreProblemsEvenWithDistinctKeys() {
        var framework = draft
        framework.areas[1].competencies[1].id = CompetenceFixture.competencyID(1)
        #expect(framework.problems().map(\.description) == ["areas[1].competencies[1].id: frameworkIDUsedTwice id=\(CompetenceFixture.competencyID(1))"])
    }

    @Test func aFrameworkRoundTripsThroughJSON() throws {
        let json = try JSONEncoder().encode(published)
        #expect(try JSONDecoder().decode(CompetencyFramework.self, from: json) == published)
    }

    @Test func competenciesAreFoundByIdAndKey() {
        #expect(draft.competencies.map(\.key) == ["prospecting.cold-calling", "negotiation.anchoring", "negotiation.concessions"])
        #expect(draft.competency(CompetenceFixture.competencyID(3))?.key == "negotiation.concessions")
        #expect(draft.competency(key: "negotiation.anchoring")?.description(ofLevel: 4)?.behavior.text(in: .swedish) == "anchors på nivå 4")
        #expect(draft.competency(key: "closing.asking") == nil)
    }
}
