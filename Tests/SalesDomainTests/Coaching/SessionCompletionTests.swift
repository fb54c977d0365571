import Foundation
import Testing
@testable import SalesDomain

@Suite("Completing a session: every open next step followed up, at least one new one — \"men sen då?\" as a rule")
struct SessionCompletionTests {
    typealias C = CoachingFixture
    let seller = Fixture.personID(1)
    /// Planned for Tuesday 6 January 2026, 09:00 Stockholm.
    let session = C.session(9, at: "2026-01-06T08:00:00Z", status: .planned)
    let open = [C.item(1, session: 1, due: "2026-01-02"), C.item(2, session: 2, due: "2026-01-20")]

    func complete(_ completion: SessionCompletion, items: [ActionItem]? = nil) throws(FieldErrors) -> SessionCompletion.Outcome {
        var next = 10
        return try completion.outcome(of: session, openItems: items ?? open, calendar: C.calendar, at: C.at("2026-01-06T09:00:00Z")) {
            next += 1
            return C.itemID(next)
        }
    }

    func step(_ text: String = "Call three customers", owner: Person.ID? = nil, due: String? = "2026-01-13") -> NextStepDraft {
        NextStepDraft(text: text, ownerID: owner ?? seller, due: due.map(C.day))
    }

    @Test("Reviewed items close or carry over; the new step is stored for the seller; the session is completed with its notes")
    func completes() throws {
        let outcome = try complete(SessionCompletion(
            notes: "Good call review", privateNotes: "Seems tired",
            reviews: [
                ActionItemReview(itemID: C.itemID(1), outcome: .done),
                ActionItemReview(itemID: C.itemID(2), outcome: .carriedOver, comment: "Customer away", newDue: C.day("2026-01-27")),
            ],
            nextSteps: [step(), NextStepDraft(text: " ", ownerID: nil, due: nil)]))
        #expect(outcome.session.status == .completed)
        #expect(outcome.session.privateNotes == "Seems tired")
        #expect(outcome.reviewedItems.map(\.status) == [.done, .open])
        #expect(outcome.reviewedItems[0].closedAt == C.at("2026-01-06T09:00:00Z"))
        #expect(outcome.reviewedItems[1].carriedOver == 1)
        #expect(outcome.reviewedItems[1].due == C.day("2026-01-27"))
        #expect(outcome.newItems.count == 1, "the blank spare row is ignored")
        #expect(outcome.newItems[0].sessionID == session.id)
        #expect(outcome.newItems[0].due == C.day("2026-01-13"))
    }

    @Test("Without a next step, with an item not followed up, a step due before the session and a stranger as owner: every problem at once")
    func refusesEverythingAtOnce() {
        let stranger = Fixture.personID(7)
        #expect(throws: FieldErrors([
            FieldError(field: "reviews.\(C.itemID(2))", code: .required, .actionItemNotReviewed, ["text": "Step 2"]),
            FieldError(field: "nextSteps[0].due", code: .invalidValue, .dueBeforeSession, ["day": "2026-01-06"]),
            FieldError(field: "nextSteps[1].owner", code: .invalidValue, .nextStepOwnerNotInSession),
        ])) {
            try complete(SessionCompletion(
                reviews: [ActionItemReview(itemID: C.itemID(1), outcome: .notDone)],
                nextSteps: [step(due: "2026-01-05"), step(owner: stranger)]))
        }
        #expect(throws: FieldErrors([FieldError(field: "nextSteps", code: .required, .nextStepRequired)])) {
            try complete(SessionCompletion(reviews: [], nextSteps: [NextStepDraft(text: "", ownerID: nil, due: nil)]), items: [])
        }
    }

    @Test("An outcome sent that is none of the choices is named with its step and what was sent, beside the steps not followed up")
    func outcomeNoneOfTheChoices() {
        #expect(throws: FieldErrors([
            FieldError(field: "reviews.\(C.itemID(1))", code: .invalidValue, .actionItemOutcomeNotAChoice, ["text": "Step 1", "value": "maybe"]),
            FieldError(field: "reviews.\(C.itemID(2))", code: .required, .actionItemNotReviewed, ["text": "Step 2"]),
        ])) {
            try complete(SessionCompletion(reviews: [], nextSteps: [step()], unreadableOutcomes: [C.itemID(1): "maybe"]))
        }
    }

    @Test("A follow-up comment over the limit is a problem on its own, at the field it is given")
    func commentOverTheLimit() {
        let limit = SessionCompletion.maximumTextLength
        #expect(SessionCompletion.commentProblem(String(repeating: "a", count: limit), field: "comment-1") == nil)
        #expect(SessionCompletion.commentProblem(String(repeating: "a", count: limit + 1), field: "comment-1")
            == FieldError(field: "comment-1", code: .tooLong, .textTooLong, ["maximum": String(limit)]))
    }

    @Test("A step due on the session's own day is allowed; the day is the local one (the session is 00:30 Stockholm on the 7th)")
    func dueOnTheDay() throws {
        var late = session
        late.scheduledAt = C.at("2026-01-06T23:30:00Z")
        let outcome = try SessionCompletion(reviews: [], nextSteps: [step(due: "2026-01-07")])
            .outcome(of: late, openItems: [], calendar: C.calendar, at: late.scheduledAt) { C.itemID(50) }
        #expect(outcome.newItems.map(\.due) == [C.day("2026-01-07")])
        #expect(throws: FieldErrors.self) {
            try SessionCompletion(reviews: [], nextSteps: [step(due: "2026-01-06")])
                .outcome(of: late, openItems: [], calendar: C.calendar, at: late.scheduledAt) { C.itemID(50) }
        }
    }

    @Test("A review of an item that is not open, twice the same item, a completed session, a missing text and date: refused")
    func refusesBadReviews() {
        var done = session
        done.status = .completed
        #expect(throws: FieldErrors([
            FieldError(field: "status", code: .conflict, .sessionNotPlanned, ["status": "completed"]),
            FieldError(field: "reviews.\(C.itemID(3))", code: .notFound, .actionItemNotOpen),
            FieldError(field: "reviews.\(C.itemID(1))", code: .duplicate, .actionItemReviewedTwice),
            FieldError(field: "reviews.\(C.itemID(2))", code: .required, .actionItemNotReviewed, ["text": "Step 2"]),
            FieldError(field: "nextSteps[0].text", code: .required, .valueRequired),
            FieldError(field: "nextSteps[0].due", code: .required, .valueRequired),
        ])) {
            try SessionCompletion(
                reviews: [
                    ActionItemReview(itemID: C.itemID(1), outcome: .done), ActionItemReview(itemID: C.itemID(3), outcome: .done),
                    ActionItemReview(itemID: C.itemID(1), outcome: .notDone),
                ],
                nextSteps: [NextStepDraft(text: "", ownerID: seller, due: nil, link: .activityType(.call))]
            ).outcome(of: done, openItems: open, calendar: C.calendar, at: done.scheduledAt) { C.itemID(50) }
        }
    }

    @Test("Another seller's items and the session's own items are not asked for")
    func onlyEarlierItemsOfTheSeller() throws {
        let items = open + [C.item(4, seller: 2, due: "2026-01-01"), C.item(5, session: 9, due: "2026-01-30")]
        let outcome = try complete(SessionCompletion(
            reviews: [ActionItemReview(itemID: C.itemID(1), outcome: .done), ActionItemReview(itemID: C.itemID(2), outcome: .done)],
            nextSteps: [step(owner: C.coach)]), items: items)
        #expect(outcome.reviews.count == 2)
        #expect(outcome.newItems[0].ownerID == C.coach, "the coach may own a next step too")
    }

    @Test("A plan is checked: a focus that does not fit the type and a duration outside 5–480 minutes")
    func plan() {
        let plan = SessionPlan(sellerID: seller, type: .deal, scheduledAt: C.at("2026-01-06T08:00:00Z"), durationMinutes: 600,
                               focus: .competency(CompetenceFixture.competencyID(1)))
        #expect(throws: FieldErrors([
            FieldError(field: "durationMinutes", code: .invalidValue, .numberBetween, ["minimum": "5", "maximum": "480"]),
            FieldError(field: "focus", code: .invalidValue, .focusNotForSessionType, ["type": "deal"]),
        ])) { try plan.validated() }
        #expect(CoachingSessionType.skill.allows(.competency(CompetenceFixture.competencyID(1))))
        #expect(CoachingSessionType.followUp.allows(.activityType(.call)))
        #expect(!CoachingSessionType.skill.allows(.deal(Deal.ID(UUID()))))
    }

    @Test("An item is overdue the day after its due date, and only while open")
    func overdue() {
        let item = C.item(1, due: "2026-01-06")
        #expect(!item.isOverdue(on: C.day("2026-01-06")))
        #expect(item.isOverdue(on: C.day("2026-01-07")))
        #expect(!C.item(1, due: "2026-01-06", status: .done).isOverdue(on: C.day("2026-01-07")))
    }
}

@Suite("Who may coach whom, and who reads what of a session")
struct CoachingAccessTests {
    typealias C = CoachingFixture

    @Test("A manager coaches people in their subtree, not themself; a leader and an admin coach nobody; a seller reads only their own")
    func coaching() {
        let hierarchy = TeamHierarchy(Fixture.teams)
        let manager = AccessPolicy(viewer: Viewer(C.manager(100, team: 2)), hierarchy: hierarchy)
        let inSubtree = Fixture.person(1, team: 3)
        let elsewhere = Fixture.person(2, team: 5, market: Fixture.norway)
        #expect(manager.canCoach(inSubtree))
        #expect(!manager.canCoach(elsewhere))
        #expect(!manager.canCoach(C.manager(100, team: 2)))
        let leader = AccessPolicy(viewer: Viewer(Fixture.person(200, role: .leader, team: nil)), hierarchy: hierarchy)
        let admin = AccessPolicy(viewer: Viewer(Fixture.person(201, role: .admin, team: nil)), hierarchy: hierarchy)
        #expect(!leader.canCoach(inSubtree) && !leader.canReadCoaching(of: inSubtree))
        #expect(!admin.canReadCoaching(of: inSubtree))
        let seller = AccessPolicy(viewer: Viewer(inSubtree), hierarchy: hierarchy)
        #expect(seller.canReadCoaching(of: inSubtree))
        #expect(!seller.canReadCoaching(of: Fixture.person(3, team: 3)))
        #expect(!manager.canReadCoaching(of: Fixture.person(1, team: 3, organization: Fixture.otherOrganization)))
    }

    @Test("Private notes are the session coach's alone: the seller and another manager above read the session without them")
    func privateNotes() {
        let hierarchy = TeamHierarchy(Fixture.teams)
        var session = C.session(1, seller: 1, at: "2026-01-06T08:00:00Z")
        session.notes = "Shared"
        session.privateNotes = "Only mine"
        let coach = AccessPolicy(viewer: Viewer(C.manager(100, team: 3)), hierarchy: hierarchy)
        let above = AccessPolicy(viewer: Viewer(C.manager(102, team: 2)), hierarchy: hierarchy)
        let seller = AccessPolicy(viewer: Viewer(Fixture.person(1, team: 3)), hierarchy: hierarchy)
        #expect(coach.visible(session).privateNotes == "Only mine")
        #expect(above.visible(session).privateNotes == "")
        #expect(seller.visible(session).privateNotes == "")
        #expect(seller.visible(session).notes == "Shared")
    }
}
