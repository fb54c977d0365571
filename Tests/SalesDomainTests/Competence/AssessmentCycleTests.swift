import Testing
@testable import SalesDomain

@Suite struct AssessmentCycleTests {
    let published = CompetenceFixture.framework(publishedAt: CompetenceFixture.day(0))

    @Test func aCycleClosesOnce() throws {
        let open = CompetenceFixture.cycle()
        #expect(open.status == .open)
        let closed = try open.closed(at: CompetenceFixture.day(30))
        #expect(closed.status == .closed)
        #expect(closed.closedAt == CompetenceFixture.day(30))

        let error = #expect(throws: FieldError.self) { try closed.closed(at: CompetenceFixture.day(31)) }
        #expect(error?.field == "status")
        #expect(error?.code == .conflict)
        #expect(error?.problem == Problem(.cycleAlreadyClosed, ["name": "Cycle 1"]))
    }

    @Test func aCycleCannotCloseBeforeItOpens() {
        let cycle = CompetenceFixture.cycle(openedOn: 10)
        #expect(throws: FieldError.self) { try cycle.closed(at: CompetenceFixture.day(9)) }
    }

    @Test func aCycleAssessesWithAPublishedVersion() throws {
        try CompetenceFixture.cycle().validate(framework: published)
        let error = #expect(throws: FieldError.self) { try CompetenceFixture.cycle().validate(framework: CompetenceFixture.framework()) }
        #expect(error?.field == "framework")
    }

    @Test func aCycleNeedsANameAndDistinctParticipants() {
        var unnamed = CompetenceFixture.cycle()
        unnamed.name = "  "
        #expect(throws: FieldError(field: "name", code: .required, .valueRequired)) {
            try unnamed.validate(framework: published)
        }
        let empty = CompetenceFixture.cycle(participants: [])
        #expect((#expect(throws: FieldError.self) { try empty.validate(framework: published) })?.code == .required)
        let twice = CompetenceFixture.cycle(participants: [1, 2, 1])
        #expect((#expect(throws: FieldError.self) { try twice.validate(framework: published) })?.code == .duplicate)
    }
}
