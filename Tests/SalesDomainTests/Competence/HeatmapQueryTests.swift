import Foundation
import Testing
@testable import SalesDomain

/// Which rows of a competence heatmap each role gets (`HeatmapQuery.rows(for:teams:)`), and
/// how the report keeps only readable rows and totals exactly those.
///
/// Teams (Fixture.teams): 1 Nordics (no market) → 2 Sweden → 3, 4; 1 → 5 Norway.
@Suite struct HeatmapQueryTests {
    let hierarchy = TeamHierarchy(Fixture.teams)
    let cycle = AssessmentCycle.ID(UUID(uuidString: "00000000-0000-0000-0003-000000000001")!)
    let competency = Competency.ID(UUID(uuidString: "00000000-0000-0000-0004-000000000001")!)
    let markets = [
        Market(id: Fixture.sweden, organizationID: Fixture.organization, code: "SE", name: "Sweden"),
        Market(id: Fixture.norway, organizationID: Fixture.organization, code: "NO", name: "Norway"),
    ]

    func policy(_ role: AccessRole, team: Int?, leads: [Market.ID] = []) -> AccessPolicy {
        AccessPolicy(viewer: Viewer(Fixture.person(50, role: role, team: team, leads: leads)), hierarchy: hierarchy)
    }

    func rows(_ asked: HeatmapQuery.Rows, _ policy: AccessPolicy) -> Result<HeatmapRows, HeatmapQuery.Refusal> {
        Result { () throws(HeatmapQuery.Refusal) in try HeatmapQuery(cycle: cycle, rows: asked).rows(for: policy, teams: Fixture.teams) }
    }

    @Test func eachRoleStartsAtTheTopOfWhatItMaySee() {
        // One top-level team (1) opens at its sub-teams; two are the rows themselves.
        #expect(rows(.start, policy(.admin, team: 1)) == .success(.teams(under: Fixture.teamID(1))))
        #expect(rows(.start, policy(.leader, team: 1)) == .success(.teams(under: Fixture.teamID(1))))
        let twoTops = Fixture.teams + [Fixture.team(6, market: Fixture.norway)]
        #expect(Result { () throws(HeatmapQuery.Refusal) in
            try HeatmapQuery(cycle: cycle).rows(for: policy(.admin, team: 1), teams: twoTops)
        } == .success(.teams(under: nil)))
        // A Swedish leader reads teams 2–4; 2 is the top, opened at its sub-teams.
        #expect(rows(.start, policy(.leader, team: 2, leads: [Fixture.sweden])) == .success(.teams(under: Fixture.teamID(2))))
        // Two tops (2 and 5): the markets instead.
        #expect(rows(.start, policy(.leader, team: 1, leads: [Fixture.sweden, Fixture.norway])) == .success(.markets))
        #expect(rows(.start, policy(.manager, team: 2)) == .success(.teams(under: Fixture.teamID(2))))
        #expect(rows(.start, policy(.manager, team: 3)) == .success(.teams(under: Fixture.teamID(3))))
        #expect(rows(.start, policy(.seller, team: 3)) == .failure(.forbidden))
        #expect(rows(.start, policy(.manager, team: nil)) == .failure(.forbidden))
    }

    @Test func marketsNeedTheOrganizationOrLedMarkets() {
        #expect(rows(.markets, policy(.admin, team: 1)) == .success(.markets))
        #expect(rows(.markets, policy(.leader, team: 2, leads: [Fixture.sweden])) == .success(.markets))
        #expect(rows(.markets, policy(.manager, team: 2)) == .failure(.forbidden))
        #expect(rows(.markets, policy(.seller, team: 3)) == .failure(.forbidden))
    }

    @Test func aTeamOutsideTheViewersReachIsNotFound() {
        #expect(rows(.teams(under: Fixture.teamID(3)), policy(.manager, team: 2)) == .success(.teams(under: Fixture.teamID(3))))
        #expect(rows(.teams(under: Fixture.teamID(1)), policy(.manager, team: 2)) == .failure(.teamNotFound))
        #expect(rows(.teams(under: Fixture.teamID(5)), policy(.leader, team: 2, leads: [Fixture.sweden])) == .failure(.teamNotFound))
        #expect(rows(.teams(under: Fixture.teamID(42)), policy(.admin, team: 1)) == .failure(.teamNotFound))
    }

    func tally(_ levels: [Double], target: Int = 3) -> HeatmapTally {
        levels.reduce(into: HeatmapTally.empty) { $0 += HeatmapTally(level: $1, target: target) }
    }

    func report(_ rows: HeatmapRows, _ cells: [(HeatmapGroup, HeatmapTally)], _ policy: AccessPolicy) -> HeatmapReport {
        HeatmapReport(
            query: HeatmapQuery(cycle: cycle), rows: rows,
            cells: cells.map { HeatmapCell(group: $0.0, competencyID: competency, tally: $0.1) },
            teams: Fixture.teams, markets: markets, policy: policy)
    }

    @Test func aMarketLeaderSeesTheirMarketsRowAndItsTotalOnly() {
        // setup
        let cells: [(HeatmapGroup, HeatmapTally)] = [
            (.market(Fixture.sweden), tally([2, 3, 4])), (.market(Fixture.norway), tally([5])), (.unassigned, tally([1])),
        ]
        // MUT
        let swedish = report(.markets, cells, policy(.leader, team: 2, leads: [Fixture.sweden]))
        let whole = report(.markets, cells, policy(.leader, team: 1))
        // validate
        #expect(swedish.lines.map(\.group) == [.market(Fixture.sweden)])
        #expect(swedish.total[competency] == tally([2, 3, 4]))
        #expect(swedish.canCompareMarkets)
        // Norway before Sweden by name; the unassigned last; the total is everyone.
        #expect(whole.lines.map(\.group) == [.market(Fixture.norway), .market(Fixture.sweden), .unassigned])
        #expect(whole.total[competency] == tally([2, 3, 4, 5, 1]))
        #expect(whole.total[competency]?.ratedCount == 5)
    }

    @Test func aTeamsSubteamsComeAfterItsOwnMembersWithTheWayUpWhenReadable() {
        let cells: [(HeatmapGroup, HeatmapTally)] = [
            (.team(Fixture.teamID(4)), tally([2])), (.team(Fixture.teamID(3)), tally([4, 4])), (.team(Fixture.teamID(2)), tally([3])),
        ]
        let managers = report(.teams(under: Fixture.teamID(2)), cells, policy(.manager, team: 2))
        #expect(managers.lines.map(\.subject) == [
            .ownMembers(Fixture.team(2, parent: 1)), .team(Fixture.team(3, parent: 2)), .team(Fixture.team(4, parent: 2)),
        ])
        #expect(managers.lines.allSatisfy { !$0.hasSubteams })
        #expect(managers.total[competency] == tally([2, 4, 4, 3]))
        #expect(managers.up == nil, "team 1 is above the manager's reach")
        #expect(!managers.canCompareMarkets)
        #expect(report(.teams(under: Fixture.teamID(2)), cells, policy(.leader, team: 1)).up == .team(Fixture.teamID(1)))

        let top = report(.teams(under: nil), [(.team(Fixture.teamID(1)), tally([3])), (.unassigned, tally([2]))], policy(.admin, team: 1))
        #expect(top.lines.map(\.hasSubteams) == [true, false])
        #expect(top.up == nil)
        let one = report(.teams(under: Fixture.teamID(1)), [], policy(.admin, team: 1))
        #expect(one.up == .top)
        #expect(one.lines.isEmpty && one.total.isEmpty)
    }

    @Test func rowsTheViewerMayNotReadAreLeftOutOfRowsAndTotal() {
        // A manager of team 3 given cells of teams beside theirs (as a store might hold them).
        let cells: [(HeatmapGroup, HeatmapTally)] = [
            (.team(Fixture.teamID(3)), tally([4])), (.team(Fixture.teamID(4)), tally([1])), (.unassigned, tally([2])),
        ]
        let report = report(.teams(under: Fixture.teamID(3)), cells, policy(.manager, team: 3))
        #expect(report.lines.map(\.group) == [.team(Fixture.teamID(3))])
        #expect(report.total[competency] == tally([4]))
    }
}
