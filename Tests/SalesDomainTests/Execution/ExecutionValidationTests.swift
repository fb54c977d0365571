import Foundation
import Testing
@testable import SalesDomain

@Suite struct ExecutionValidationTests {
    let asOf = ExecutionFixture.date(2026, 2, 2)

    @Test(arguments: [-30, 1_441, 10_080])
    func aDurationOutsideADayIsRefusedNamingTheField(minutes: Int) {
        let activity = ExecutionFixture.activity(1, .call, planned: ExecutionFixture.date(2026, 1, 5), minutes: minutes)
        #expect(throws: FieldError(
            field: "durationMinutes", code: .invalidValue, .activityDurationOutOfRange, ["value": String(minutes), "minimum": "0", "maximum": "1440"]
        )) { try activity.validated(asOf: asOf) }
    }

    @Test("A day outside the years Keel keeps weeks for is refused, whichever writer sends it (a fuzzer's year 672 was stored)")
    func aDayOutsideTheSupportedYearsIsRefused() {
        let ancient = ExecutionFixture.activity(1, .call, planned: ExecutionFixture.date(1999, 12, 27))
        #expect(throws: FieldError(field: "plannedDate", code: .invalidValue, .activityDateOutOfRange,
                                   ["value": "1999", "first": "2000", "last": "2099"])) { try ancient.validated(asOf: asOf) }
        let early = ExecutionFixture.activity(2, .call, planned: ExecutionFixture.date(2026, 1, 5), done: ExecutionFixture.date(1998, 1, 5))
        #expect(throws: FieldError(field: "doneDate", code: .invalidValue, .activityDateOutOfRange,
                                   ["value": "1998", "first": "2000", "last": "2099"])) { try early.validated(asOf: asOf) }
        #expect(ActivityLimits.yearProblem(ExecutionFixture.date(2000, 1, 5), field: .plannedDate) == nil)
    }

    @Test(arguments: [0, 1, 1_440])
    func aDurationWithinADayIsKept(minutes: Int) throws {
        let activity = ExecutionFixture.activity(1, .call, planned: ExecutionFixture.date(2026, 1, 5), minutes: minutes)
        #expect(try activity.validated(asOf: asOf).durationMinutes == minutes)
    }

    @Test func doneBeforePlannedIsAllowedButDoneInTheFutureIsNot() throws {
        let early = ExecutionFixture.activity(
            1, .call, planned: ExecutionFixture.date(2026, 1, 9), done: ExecutionFixture.date(2026, 1, 6), minutes: 0)
        #expect(try early.validated(asOf: asOf) == early)
        let future = ExecutionFixture.activity(
            2, .call, planned: ExecutionFixture.date(2026, 1, 9), done: ExecutionFixture.date(2026, 2, 4))
        #expect(throws: FieldError.self) { try future.validated(asOf: asOf) }
        do {
            _ = try future.validated(asOf: asOf)
        } catch {
            #expect(error.field == "doneDate")
        }
    }

    @Test func anActivityNeedsAType() {
        let activity = ExecutionFixture.activity(1, "   ", planned: ExecutionFixture.date(2026, 1, 5))
        #expect(throws: FieldError(field: "type", code: .required, .valueRequired)) {
            try activity.validated(asOf: asOf)
        }
    }

    @Test func codesAreNormalized() {
        #expect(ActivityType("  Quote-Preparation ") == .quotePreparation)
        #expect(ActivityType("CRM  admin") == .crmAdmin)
        #expect(ReasonCode("No Time") == "no_time")
        #expect(DealStage("Negotiation") == "negotiation")
    }

    @Test func aMoveMustGoLaterAndUseAnActiveCatalogReason() throws {
        let catalog = try ReasonCatalog([
            PostponementReason(code: "no_time", names: [.english: "No time"], reasonClass: .excuseProne),
            PostponementReason(code: "old", names: [.english: "Old"], reasonClass: .obstacle, isActive: false),
        ])
        let from = ExecutionFixture.date(2026, 1, 7)
        let backwards = ExecutionFixture.moved(1, activity: 1, from: from, to: ExecutionFixture.date(2026, 1, 6))
        #expect(throws: FieldError.self) { try backwards.validated(against: catalog) }
        let sameMoment = ExecutionFixture.moved(1, activity: 1, from: from, to: from)
        #expect(throws: FieldError.self) { try sameMoment.validated(against: catalog) }

        let unknown = ExecutionFixture.dropped(2, activity: 1, from: from, reason: "weather")
        #expect(throws: FieldError(
            field: "reasonCode", code: .notFound, .reasonNotInCatalog, ["code": "weather", "choices": "no_time"]
        )) { try unknown.validated(against: catalog) }
        let retired = ExecutionFixture.dropped(3, activity: 1, from: from, reason: "old")
        #expect(throws: FieldError(field: "reasonCode", code: .invalidValue, .reasonRetired, ["code": "old"])) {
            try retired.validated(against: catalog)
        }
        let fine = ExecutionFixture.moved(4, activity: 1, from: from, to: ExecutionFixture.date(2026, 1, 8))
        #expect(try fine.validated(against: catalog) == fine)
    }

    /// Every problem at once: a move that does not go later beside a reason not in the catalog,
    /// and the reason's own check for a form that could not read the date.
    @Test func aPostponementListsEveryProblem() throws {
        let catalog = try ReasonCatalog([
            PostponementReason(code: "no_time", names: [.english: "No time"], reasonClass: .excuseProne),
            PostponementReason(code: "old", names: [.english: "Old"], reasonClass: .obstacle, isActive: false),
        ])
        let from = ExecutionFixture.date(2026, 1, 7)
        let backwards = ExecutionFixture.moved(1, activity: 1, from: from, to: ExecutionFixture.date(2026, 1, 6), reason: "weather")
        #expect(backwards.problems(against: catalog) == [
            FieldError(field: "to", code: .invalidValue, .postponementNotLater),
            FieldError(field: "reasonCode", code: .notFound, .reasonNotInCatalog, ["code": "weather", "choices": "no_time"]),
        ])
        #expect(throws: FieldError(field: "to", code: .invalidValue, .postponementNotLater)) { try backwards.validated(against: catalog) }
        #expect(Postponement.reasonProblem("old", in: catalog) == FieldError(field: "reasonCode", code: .invalidValue, .reasonRetired, ["code": "old"]))
        #expect(Postponement.reasonProblem("no_time", in: catalog) == nil)
    }

    @Test func aManagerReviewsAPostponementButNotTheOwner() throws {
        let postponement = ExecutionFixture.dropped(1, activity: 1, owner: 1, from: ExecutionFixture.date(2026, 1, 7))
        let reviewed = try postponement.reviewed(by: Fixture.personID(9), verdict: .verifiedObstacle, at: ExecutionFixture.date(2026, 1, 8))
        #expect(reviewed.review?.verdict == .verifiedObstacle)
        #expect(reviewed.review?.reviewerID == Fixture.personID(9))
        #expect(throws: FieldError.self) {
            try postponement.reviewed(by: Fixture.personID(1), verdict: .acceptedExcuse, at: ExecutionFixture.date(2026, 1, 8))
        }
        #expect(throws: FieldError.self) {
            try postponement.reviewed(by: Fixture.personID(9), verdict: .acceptedExcuse, at: ExecutionFixture.date(2026, 1, 6))
        }
    }

    @Test func dealsNeedConsistentOutcomesAndDates() throws {
        let engaged = ExecutionFixture.date(2026, 1, 10)
        let won = ExecutionFixture.deal(1, stage: "negotiation", outcome: .won, engaged: engaged, closed: ExecutionFixture.date(2026, 2, 1))
        #expect(try won.validated() == won)
        #expect(throws: FieldError(field: "closedAt", code: .required, .wonDealNeedsCloseDate)) {
            try ExecutionFixture.deal(2, stage: "proposal", outcome: .won).validated()
        }
        #expect(throws: FieldError.self) {
            try ExecutionFixture.deal(3, stage: "proposal", outcome: .open, closed: engaged).validated()
        }
        #expect(throws: FieldError.self) {
            try ExecutionFixture.deal(4, stage: "proposal", outcome: .lost, engaged: engaged, closed: ExecutionFixture.date(2026, 1, 9)).validated()
        }
        do {
            _ = try ExecutionFixture.deal(5, stage: "proposal", value: -1).validated()
            Issue.record("a negative value was accepted")
        } catch {
            #expect(error.field == "value")
        }
    }

    @Test func pipelinesRefuseRepeatsAndEmptiness() throws {
        #expect(throws: FieldError(field: "stages[2]", code: .duplicate, .stageListedTwice, ["stage": "proposal"])) {
            try DealPipeline(["proposal", "negotiation", "Proposal"])
        }
        #expect(throws: FieldError.self) { try DealPipeline([]) }
        let pipeline = try DealPipeline(["a", "b"])
        #expect(pipeline.stage(after: "a") == "b")
        #expect(pipeline.stage(after: "b") == nil)
        #expect(pipeline.position(of: "c") == nil)
    }

    @Test func policiesRefuseNonsense() throws {
        #expect(throws: FieldError.self) { try PressurePolicy(highLoadThreshold: 0).validated() }
        #expect(throws: FieldError.self) {
            try WeeklyCapacity(overrides: [.init(personID: Fixture.personID(1), hours: -8)]).validated()
        }
        #expect(throws: FieldError.self) { try StallPolicy(percentile: 1.5).validated() }
        #expect(throws: FieldError.self) { try StallPolicy(minimumWonDeals: 0).validated() }
        #expect(try StallPolicy().validated() == StallPolicy(percentile: 0.75, minimumWonDeals: 5))
        // Zero capacity is how leave is entered, so it is valid.
        _ = try WeeklyCapacity(overrides: [.init(personID: Fixture.personID(1), week: ExecutionFixture.week(2026, 3), hours: 0)]).validated()
    }

    @Test func capacityOverridesPreferTheWeekThenThePerson() {
        let person = Fixture.personID(1)
        let capacity = WeeklyCapacity(defaultHours: 40, overrides: [
            .init(personID: person, hours: 30),
            .init(personID: person, week: ExecutionFixture.week(2026, 3), hours: 0),
        ])
        #expect(capacity.hours(for: person, in: ExecutionFixture.week(2026, 2)) == 30)
        #expect(capacity.hours(for: person, in: ExecutionFixture.week(2026, 3)) == 0)
        #expect(capacity.hours(for: Fixture.personID(2), in: ExecutionFixture.week(2026, 3)) == 40)
    }
}
