import Foundation
import Testing
@testable import SalesDomain

@Suite("Goal roll-up: a measure's value ÷ target clamped to 0…1, else the weighted mean of the children")
struct GoalProgressTests {
    typealias G = GoalFixture

    @Test("Hand-computed tree: company ← two team goals (weights 2 and 1) ← individual goals")
    func rollsUpAWeightedTree() throws {
        // Team goal 2 (weight 2) has no measure: mean of 4 (7 of 10 won deals = 0.7) and 5
        // (manual 30 of 20 = 1.5 → 1) with weights 1 and 3: (0.7·1 + 1·3) ÷ 4 = 0.925.
        // Team goal 3 (weight 1): KPI 250 000 of 1 000 000 = 0.25.
        // Company goal 1: (0.925·2 + 0.25·1) ÷ 3 = 2.1 ÷ 3 = 0.7.
        let goals = [
            G.goal(1),
            G.goal(2, .team(Fixture.teamID(2)), parent: 1, weight: 2),
            G.goal(3, .team(Fixture.teamID(5)), parent: 1, measure: .kpi(.wonValue, target: 1_000_000)),
            G.goal(4, .person(Fixture.personID(1)), parent: 2, measure: .kpi(.wonDeals, target: 10)),
            G.goal(5, .person(Fixture.personID(2)), parent: 2, weight: 3, measure: .manual(target: 20, unit: "meetings"), value: 30),
        ]
        let progress = GoalProgress.rollUp(goals, kpiValues: [G.goalID(3): 250_000, G.goalID(4): 7])
        #expect(progress[G.goalID(4)] == GoalProgress(fraction: 0.7, basis: .measured(value: 7, target: 10)))
        #expect(progress[G.goalID(5)] == GoalProgress(fraction: 1, basis: .measured(value: 30, target: 20)), "past the target stays at 1")
        #expect(try #require(progress[G.goalID(2)]?.fraction).isApproximately(0.925))
        #expect(progress[G.goalID(2)]?.basis == .children(counted: 2, of: 2))
        #expect(progress[G.goalID(3)]?.fraction == 0.25)
        #expect(try #require(progress[G.goalID(1)]?.fraction).isApproximately(0.7))
        #expect(progress[G.goalID(5)]?.isReached == true)
        #expect(progress[G.goalID(1)]?.isReached == false)
    }

    @Test("A child with nothing to rest on is left out of the mean, not counted as 0; a goal with neither has no progress")
    func leavesOutChildrenWithoutProgress() {
        let goals = [
            G.goal(1),
            G.goal(2, .team(Fixture.teamID(2)), parent: 1, measure: .manual(target: 4, unit: ""), value: 1),
            G.goal(3, .team(Fixture.teamID(5)), parent: 1),
        ]
        let progress = GoalProgress.rollUp(goals, kpiValues: [:])
        #expect(progress[G.goalID(1)] == GoalProgress(fraction: 0.25, basis: .children(counted: 1, of: 2)))
        #expect(progress[G.goalID(3)] == GoalProgress(fraction: nil, basis: .nothing))
    }

    @Test("A goal with its own measure and children: the measure decides")
    func ownMeasureDecides() {
        let goals = [
            G.goal(1, measure: .kpi(.wonDeals, target: 40)),
            G.goal(2, .team(Fixture.teamID(2)), parent: 1, measure: .manual(target: 1, unit: ""), value: 1),
        ]
        let progress = GoalProgress.rollUp(goals, kpiValues: [G.goalID(1): 10])
        #expect(progress[G.goalID(1)] == GoalProgress(fraction: 0.25, basis: .measured(value: 10, target: 40)))
    }

    @Test("No value entered counts 0; a value entered lower, or a negative one, lowers the progress (clamped at 0)")
    func fallingValues() {
        let progress = GoalProgress.rollUp(
            [
                G.goal(1, measure: .manual(target: 10, unit: "")),
                G.goal(2, measure: .manual(target: 10, unit: ""), value: -3),
                G.goal(3, measure: .kpi(.wonDeals, target: 10)),
                G.goal(4, measure: .manual(target: 0, unit: ""), value: 5),
            ], kpiValues: [:])
        #expect(progress[G.goalID(1)]?.fraction == 0)
        #expect(progress[G.goalID(2)]?.fraction == 0)
        #expect(progress[G.goalID(3)] == GoalProgress(fraction: 0, basis: .measured(value: 0, target: 10)))
        #expect(progress[G.goalID(4)]?.fraction == nil, "a stored target of 0 gives no progress rather than a division by zero")
    }

    @Test("Won deals and won value over the goal's period, for a person, a team's subtree and the company")
    func kpiValues() {
        let calendar = WeekCalendar.stockholm
        let goal = G.goal(1)
        let period = goal.period(in: calendar)
        func deal(_ n: Int, owner: Int, value: Decimal, closed: String, outcome: DealOutcome = .won) -> Deal {
            Deal(
                id: Deal.ID(UUID(uuidString: String(format: "00000000-0000-0000-0008-%012d", n))!), ownerID: Fixture.personID(owner),
                stage: DealStage(rawValue: "closing"), value: value, createdAt: Fixture.monday, closedAt: ISO8601DateFormatter().date(from: closed),
                outcome: outcome)
        }
        let deals = [
            deal(1, owner: 1, value: 100_000, closed: "2026-01-10T10:00:00Z"),
            deal(2, owner: 2, value: 50_000, closed: "2026-03-31T21:00:00Z"), // 23:00 in Stockholm (summer time), still 31 March
            deal(3, owner: 3, value: 70_000, closed: "2026-03-31T23:30:00Z"), // 01:30 on 1 April in Stockholm: outside
            deal(4, owner: 1, value: 999_000, closed: "2026-02-01T10:00:00Z", outcome: .lost),
            deal(5, owner: 3, value: 20_000, closed: "2025-12-31T23:30:00Z"), // 00:30 on 1 January in Stockholm: inside
        ]
        let teams = [Fixture.personID(1): Fixture.teamID(3), Fixture.personID(2): Fixture.teamID(4), Fixture.personID(3): Fixture.teamID(5)]
        let subtree = TeamHierarchy(Fixture.teams).subtree(of: Fixture.teamID(2))
        #expect(GoalKPI.wonDeals.value(for: .company, period: period, deals: deals, teamOf: { teams[$0] }, subtree: []) == 3)
        #expect(GoalKPI.wonValue.value(for: .company, period: period, deals: deals, teamOf: { teams[$0] }, subtree: []) == 170_000)
        #expect(GoalKPI.wonValue.value(for: .team(Fixture.teamID(2)), period: period, deals: deals, teamOf: { teams[$0] }, subtree: subtree) == 150_000)
        #expect(GoalKPI.wonDeals.value(for: .person(Fixture.personID(1)), period: period, deals: deals, teamOf: { teams[$0] }, subtree: []) == 1)
    }

    @Test("The board's order: depth first, company before team before individual, a goal whose parent is unseen at the top")
    func treeOrder() {
        let order = GoalBoard.treeOrder([
            G.goal(4, .person(Fixture.personID(1)), parent: 2),
            G.goal(2, .team(Fixture.teamID(2)), parent: 1),
            G.goal(1),
            G.goal(5, .person(Fixture.personID(2)), parent: 9),
            G.goal(3, .team(Fixture.teamID(5)), parent: 1),
        ])
        #expect(order.map { [$0.goal.title, String($0.depth)] } == [
            ["Goal 1", "0"], ["Goal 2", "1"], ["Goal 4", "2"], ["Goal 3", "1"], ["Goal 5", "0"],
        ])
    }
}

extension Double {
    func isApproximately(_ other: Double) -> Bool { abs(self - other) < 1e-9 }
}
