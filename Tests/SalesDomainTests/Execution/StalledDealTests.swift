import Foundation
import Testing
@testable import SalesDomain

@Suite struct StalledDealTests {
    typealias F = ExecutionFixture

    /// People 1 and 2 are team 1, person 3 is team 2, person 4 has no team.
    let teamByPerson = [
        Fixture.personID(1): Fixture.teamID(1), Fixture.personID(2): Fixture.teamID(1), Fixture.personID(3): Fixture.teamID(2),
    ]
    let asOf = F.date(2026, 3, 1)

    static func won(_ n: Int, owner: Int, proposalDays: Int) -> DealHistory {
        let entered = F.date(2026, 1, 5)
        let closed = Calendar(identifier: .gregorian).date(byAdding: .day, value: proposalDays, to: entered)!
        return F.history(F.deal(n, owner: owner, stage: "proposal", outcome: .won, closed: closed), [("proposal", entered)])
    }

    static func open(_ n: Int, owner: Int, stage: DealStage, entered: Date?) -> DealHistory {
        F.history(F.deal(n, owner: owner, stage: stage), entered.map { [(stage, $0)] } ?? [])
    }

    /// Won deals' days in proposal — team 1: 4, 6, 8, 10, 12 (five deals); team 2: 20, 30.
    /// A lost deal that sat 100 days in proposal must not move any bar. No won deal ever
    /// completed negotiation.
    ///
    /// Bars (type 7, p = .75):
    /// - team 1: n = 5, h = 3 → 10; five deals meet the minimum of 5, so team 1 uses it.
    /// - team 2: n = 2, h = .75 → 20 + .75·10 = 27.5, but 2 < 5, so team 2 falls back to…
    /// - organization: 4, 6, 8, 10, 12, 20, 30: n = 7, h = 4.5 → 12 + .5·(20 − 12) = 16.
    ///
    /// Open deals as of 1 Mar 2026:
    ///
    /// | deal | owner (team) | stage, entered | days | bar | result |
    /// |---|---|---|---|---|---|
    /// | O1 | 1 (1) | proposal, 17 Feb | 12 | 10 team | stalled, 2 over |
    /// | O2 | 2 (1) | proposal, 20 Feb | 9 | 10 team | fine |
    /// | O3 | 3 (2) | proposal, 10 Feb | 19 | 16 org | stalled, 3 over |
    /// | O4 | 3 (2) | proposal, 14 Feb | 15 | 16 org | fine |
    /// | O5 | 1 (1) | negotiation, 1 Feb | 28 | none | unjudged: no won reference |
    /// | O6 | 1 (1) | no history | — | — | unjudged: no stage history |
    /// | O7 | 1 (1) | proposal, 19 Feb | 10 | 10 team | fine: not above the bar |
    /// | O8 | 4 (—) | proposal, 12 Feb | 17 | 16 org | stalled, 1 over |
    var histories: [DealHistory] {
        [
            Self.won(11, owner: 1, proposalDays: 4), Self.won(12, owner: 1, proposalDays: 6), Self.won(13, owner: 2, proposalDays: 8),
            Self.won(14, owner: 2, proposalDays: 10), Self.won(15, owner: 1, proposalDays: 12),
            Self.won(21, owner: 3, proposalDays: 20), Self.won(22, owner: 3, proposalDays: 30),
            F.history(F.deal(31, owner: 1, stage: "proposal", outcome: .lost, closed: F.date(2026, 4, 15)), [("proposal", F.date(2026, 1, 5))]),
            Self.open(1, owner: 1, stage: "proposal", entered: F.date(2026, 2, 17)),
            Self.open(2, owner: 2, stage: "proposal", entered: F.date(2026, 2, 20)),
            Self.open(3, owner: 3, stage: "proposal", entered: F.date(2026, 2, 10)),
            Self.open(4, owner: 3, stage: "proposal", entered: F.date(2026, 2, 14)),
            Self.open(5, owner: 1, stage: "negotiation", entered: F.date(2026, 2, 1)),
            Self.open(6, owner: 1, stage: "proposal", entered: nil),
            Self.open(7, owner: 1, stage: "proposal", entered: F.date(2026, 2, 19)),
            Self.open(8, owner: 4, stage: "proposal", entered: F.date(2026, 2, 12)),
        ]
    }

    @Test func thresholdsPerTeamWithOrganizationFallback() {
        let thresholds = StageVelocity.stallThresholds(histories: histories, teams: PersonGrouping(teamByPerson), calendar: F.calendar)
        #expect(thresholds.teamReferences.count == 2)
        #expect(thresholds.organizationReferences == [.init(stage: "proposal", teamID: nil, wonDeals: 7, days: 16)])
        #expect(thresholds.reference(for: "proposal", team: Fixture.teamID(1)) == .init(stage: "proposal", teamID: Fixture.teamID(1), wonDeals: 5, days: 10))
        // Team 2's own bar exists but rests on 2 won deals: the organization's is used.
        #expect(thresholds.teamReferences.contains(.init(stage: "proposal", teamID: Fixture.teamID(2), wonDeals: 2, days: 27.5)))
        #expect(thresholds.reference(for: "proposal", team: Fixture.teamID(2))?.basis == .organization)
        #expect(thresholds.reference(for: "proposal", team: nil)?.days == 16)
        #expect(thresholds.reference(for: "negotiation", team: Fixture.teamID(1)) == nil)
    }

    @Test func stalledDealsWithOwnerAndDaysOver() {
        let report = StageVelocity.stalledDeals(histories: histories, teamByPerson: teamByPerson, asOf: asOf, calendar: F.calendar)
        #expect(report.stalled.map(\.dealID) == [F.dealID(3), F.dealID(1), F.dealID(8)])
        #expect(report.stalled[0] == StalledDeal(
            dealID: F.dealID(3), ownerID: Fixture.personID(3), teamID: Fixture.teamID(2), stage: "proposal", value: 1000,
            enteredStageAt: F.date(2026, 2, 10), daysInStage: 19, thresholdDays: 16, basis: .organization, daysOver: 3))
        #expect(report.stalled[1].daysOver == 2)
        #expect(report.stalled[1].basis == .team)
        #expect(report.stalled[1].ownerID == Fixture.personID(1))
        #expect(report.stalled[2].teamID == nil)
        #expect(report.unjudged == [
            .init(dealID: F.dealID(5), ownerID: Fixture.personID(1), reason: .noWonReference),
            .init(dealID: F.dealID(6), ownerID: Fixture.personID(1), reason: .noStageHistory),
        ])
    }

    /// With a minimum of 2 won deals team 2 keeps its own bar of 27.5, so O3 (19 days) is fine.
    @Test func theMinimumDecidesWhoseBarApplies() {
        let report = StageVelocity.stalledDeals(
            histories: histories, teamByPerson: teamByPerson, policy: StallPolicy(minimumWonDeals: 2), asOf: asOf, calendar: F.calendar)
        #expect(report.stalled.map(\.dealID) == [F.dealID(1), F.dealID(8)])
    }

    /// Precomputed thresholds give the same list as computing them in one call.
    @Test func storedThresholdsGiveTheSameAnswer() throws {
        let thresholds = StageVelocity.stallThresholds(histories: histories, teams: PersonGrouping(teamByPerson), calendar: F.calendar)
        let stored = try JSONDecoder().decode(StallThresholds.self, from: JSONEncoder().encode(thresholds))
        let openOnly = histories.filter { $0.deal.outcome == .open }
        #expect(StageVelocity.stalledDeals(histories: openOnly, thresholds: stored, teamByPerson: teamByPerson, asOf: asOf, calendar: F.calendar)
            == StageVelocity.stalledDeals(histories: histories, teamByPerson: teamByPerson, asOf: asOf, calendar: F.calendar))
    }

    /// No won deals at all: nothing can be judged, nothing is called stalled.
    @Test func withoutWonDealsEveryOpenDealIsUnjudged() {
        let openOnly = histories.filter { $0.deal.outcome == .open }
        let report = StageVelocity.stalledDeals(histories: openOnly, teamByPerson: teamByPerson, asOf: asOf, calendar: F.calendar)
        #expect(report.stalled.isEmpty)
        #expect(report.unjudged.count == 8)
        #expect(StageVelocity.stalledDeals(histories: [], teamByPerson: [:], asOf: asOf, calendar: F.calendar) == StallReport(stalled: [], unjudged: []))
    }

    /// The overview counts every stalled deal by stage and pages the list in its order.
    @Test func overviewCountsAllAndPagesTheList() {
        let report = StageVelocity.stalledDeals(histories: histories, teamByPerson: teamByPerson, asOf: asOf, calendar: F.calendar)
        let first = report.overview(offset: 0, limit: 2)
        #expect(first.stalledByStage == ["proposal": 3])
        #expect(first.total == 3)
        #expect(first.unjudged == 2)
        #expect(first.page.map(\.dealID) == [F.dealID(3), F.dealID(1)])
        let second = report.overview(offset: 2, limit: 2)
        #expect(second.offset == 2)
        #expect(second.page.map(\.dealID) == [F.dealID(8)])
        #expect(report.overview(offset: 7, limit: 2).page.isEmpty)
        #expect(report.overview(offset: 7, limit: 2).offset == 3, "an offset past the end is the end")
    }
}
