import Foundation
import Testing
@testable import SalesDomain

@Suite("Goal drafts: the parent's level and scope, no cycle, a period, a positive target and a known KPI — every problem at once")
struct GoalDraftTests {
    typealias G = GoalFixture
    let hierarchy = TeamHierarchy(Fixture.teams)
    /// Company 1; team 2 (Sweden) under 1; team 3 (under Sweden) under 2; team 5 (Norway) under 1; person 1 (team 3) under 3.
    let goals: [Goal.ID: Goal] = Dictionary(uniqueKeysWithValues: [
        GoalFixture.goal(1),
        GoalFixture.goal(2, .team(Fixture.teamID(2)), parent: 1),
        GoalFixture.goal(3, .team(Fixture.teamID(3)), parent: 2),
        GoalFixture.goal(5, .team(Fixture.teamID(5)), parent: 1),
        GoalFixture.goal(6, .person(Fixture.personID(1)), parent: 3),
    ].map { ($0.id, $0) })

    func draft(_ owner: GoalOwner, parent: Int?, measure: GoalDraft.Measure = .none) -> GoalDraft {
        GoalDraft(owner: owner, title: "Grow", start: G.day("2026-01-01"), due: G.day("2026-06-30"), parentID: parent.map(G.goalID), measure: measure)
    }

    func check(_ draft: GoalDraft, id: Int? = nil, team: Int? = nil) throws(FieldErrors) -> Goal {
        try draft.validated(id: id.map(G.goalID), goals: goals, hierarchy: hierarchy, teamOfOwner: team.map(Fixture.teamID))
    }

    @Test("Valid parents: a company goal for a team, an ancestor team's goal for a team, the person's own team's or above for a person")
    func acceptsParentsOfTheRightLevel() throws {
        #expect(try check(draft(.company, parent: nil)).parentID == nil)
        #expect(try check(draft(.team(Fixture.teamID(3)), parent: 1)).parentID == G.goalID(1))
        #expect(try check(draft(.team(Fixture.teamID(4)), parent: 2)).parentID == G.goalID(2))
        #expect(try check(draft(.person(Fixture.personID(2)), parent: 3), team: 3).parentID == G.goalID(3))
        #expect(try check(draft(.person(Fixture.personID(2)), parent: 2), team: 3).parentID == G.goalID(2))
        let measured = try check(draft(.person(Fixture.personID(2)), parent: 1, measure: .kpi("won_deals", target: 8)), team: 3)
        #expect(measured.measure == .kpi(.wonDeals, target: 8))
        #expect(measured.weight == 1)
    }

    @Test("Wrong scope: a team goal under a sibling's or its own team's goal; a person's goal under another branch or a person's goal")
    func refusesParentsOfTheWrongScope() {
        let level = { (level: String) in FieldErrors([FieldError(field: "parentID", code: .invalidValue, .goalParentLevel, ["level": level])]) }
        #expect(throws: level("team")) { try check(draft(.team(Fixture.teamID(4)), parent: 3)) }
        #expect(throws: level("team")) { try check(draft(.team(Fixture.teamID(2)), parent: 2)) }
        #expect(throws: level("individual")) { try check(draft(.person(Fixture.personID(2)), parent: 5), team: 3) }
        #expect(throws: level("individual")) { try check(draft(.person(Fixture.personID(2)), parent: 6), team: 3) }
    }

    @Test("A company goal takes no parent; any other needs one that exists")
    func parentPresence() {
        #expect(throws: FieldErrors([FieldError(field: "parentID", code: .invalidValue, .goalParentNotAllowed)])) {
            try check(draft(.company, parent: 1))
        }
        #expect(throws: FieldErrors([FieldError(field: "parentID", code: .required, .goalParentRequired)])) {
            try check(draft(.team(Fixture.teamID(2)), parent: nil))
        }
        #expect(throws: FieldErrors([FieldError(field: "parentID", code: .notFound, .goalUnknown, ["id": G.goalID(99).description])])) {
            try check(draft(.team(Fixture.teamID(2)), parent: 99))
        }
    }

    @Test("Editing a goal to hang under itself or its own descendant would make it its own ancestor")
    func refusesCycles() {
        let cycle = FieldErrors([FieldError(field: "parentID", code: .cycle, .goalCycle)])
        #expect(throws: cycle) { try check(draft(.team(Fixture.teamID(2)), parent: 3), id: 2) }
        #expect(throws: cycle) { try check(draft(.team(Fixture.teamID(2)), parent: 2), id: 2) }
        #expect(GoalDraft.wouldCreateCycle(goal: G.goalID(1), under: G.goalID(6), goals: goals))
        #expect(!GoalDraft.wouldCreateCycle(goal: G.goalID(5), under: G.goalID(3), goals: goals))
    }

    @Test("Blank title, due before start, weight 0, target 0 and an unknown KPI: every problem at once, each at its field")
    func everyProblemAtOnce() {
        var bad = draft(.team(Fixture.teamID(2)), parent: 2, measure: .kpi("revenue", target: 0))
        bad.title = "  "
        bad.start = G.day("2026-03-01")
        bad.due = G.day("2026-02-01")
        bad.weight = 0
        #expect(throws: FieldErrors([
            FieldError(field: "title", code: .required, .valueRequired),
            FieldError(field: "due", code: .invalidValue, .goalDueBeforeStart, ["start": "2026-03-01"]),
            FieldError(field: "weight", code: .invalidValue, .weightNotPositive),
            FieldError(field: "kpi", code: .invalidValue, .goalKPIUnknown, ["value": "revenue", "choices": "won_deals, won_value"]),
            FieldError(field: "target", code: .invalidValue, .goalTargetNotPositive),
            FieldError(field: "parentID", code: .invalidValue, .goalParentLevel, ["level": "team"]),
        ])) { try check(bad) }
        var missing = draft(.company, parent: nil, measure: .manual(target: nil, unit: String(repeating: "x", count: 41)))
        missing.start = nil
        missing.due = nil
        #expect(throws: FieldErrors([
            FieldError(field: "start", code: .required, .valueRequired),
            FieldError(field: "due", code: .required, .valueRequired),
            FieldError(field: "unit", code: .tooLong, .textTooLong, ["maximum": "40"]),
            FieldError(field: "target", code: .required, .valueRequired),
        ])) { try check(missing) }
    }

    @Test("A win names exactly one of a person and a team, and a text")
    func winDrafts() throws {
        #expect(try WinDraft(personID: Fixture.personID(1), teamID: nil, text: " Won Acme ").checked().text == "Won Acme")
        #expect(WinDraft(personID: Fixture.personID(1), teamID: nil, text: "").subject == .person(Fixture.personID(1)), "the subject reads without the text")
        #expect(WinDraft(personID: Fixture.personID(1), teamID: Fixture.teamID(2), text: "Won").subject == nil)
        #expect(throws: FieldErrors([
            FieldError(field: "text", code: .required, .valueRequired),
            FieldError(field: "personID", code: .invalidValue, .winNeedsOneSubject),
        ])) { try WinDraft(personID: Fixture.personID(1), teamID: Fixture.teamID(2), text: "").checked() }
    }
}
