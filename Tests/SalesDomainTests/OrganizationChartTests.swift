import Foundation
import Testing
@testable import SalesDomain

/// Fixture.teams: 1 (no market) → 2 (Sweden) → 3, 4 ; 1 → 5 (Norway).
@Suite struct OrganizationChartTests {
    let markets = [
        Market(id: Fixture.sweden, organizationID: Fixture.organization, code: "SE", name: "Sweden"),
        Market(id: Fixture.norway, organizationID: Fixture.organization, code: "NO", name: "Norway"),
    ]
    /// People placed in each team itself: 1, 1, 30, 6, 5 — 43 in all.
    let ownMembers: [Team.ID: Int] = [
        Fixture.teamID(1): 1, Fixture.teamID(2): 1, Fixture.teamID(3): 30, Fixture.teamID(4): 6, Fixture.teamID(5): 5,
    ]

    @Test func aTeamCountsItsWholeSubtreeAndItsOwnPeopleApart() {
        let chart = OrganizationChart(markets: markets, teams: Fixture.teams, ownMembers: ownMembers,
                                      managers: [Fixture.person(9, role: .manager, team: 2)])
        // Each market gets its own tree; team 1 (no market) starts the last one.
        #expect(chart.sections.map(\.market?.code) == ["SE", "NO", nil])
        let sweden = chart.sections[0].teams
        #expect(sweden.map(\.team.id) == [Fixture.teamID(2)])
        #expect(sweden[0].headcount == 37)   // 1 + 30 + 6
        #expect(sweden[0].ownMembers == 1)
        #expect(sweden[0].managers.map(\.id) == [Fixture.personID(9)])
        #expect(sweden[0].children.map(\.headcount) == [30, 6])
        #expect(chart.sections[1].teams.map(\.headcount) == [5])
        // Team 1's subtree crosses markets, and so does its headcount.
        #expect(chart.sections[2].teams.map(\.headcount) == [43])
        #expect(chart.sections[2].teams[0].children.isEmpty)
        #expect(chart.activePeople == 43)
        #expect(chart.teamCount == 5)
    }

    @Test func aViewerWhoReadsPartOfTheTreeSeesItsTeamsAsRoots() {
        let chart = OrganizationChart(markets: markets, teams: [Fixture.teams[2], Fixture.teams[3]], ownMembers: ownMembers, managers: [])
        #expect(chart.sections.count == 1)
        #expect(chart.sections[0].teams.map(\.headcount) == [30, 6])
        #expect(chart.activePeople == 36)
        // Norway has no team this viewer reads: the chart, page and API alike, leaves it out.
        #expect(chart.markets.map(\.code) == ["SE"])
        #expect(chart.teams.map(\.id) == [Fixture.teamID(3), Fixture.teamID(4)])
    }

    @Test func aMarketWithoutTeamsHasNoSection() {
        let denmark = Market(id: Market.ID(UUID()), organizationID: Fixture.organization, code: "DK", name: "Denmark")
        let chart = OrganizationChart(markets: markets + [denmark], teams: Fixture.teams, ownMembers: ownMembers, managers: [])
        #expect(chart.markets.map(\.code) == ["SE", "NO"])
    }

    @Test func aSearchOfBlankTextIsNoSearch() {
        #expect(OrganizationQuery(search: "  ").search == nil)
        #expect(OrganizationQuery(search: " Anna ").search == "Anna")
    }
}
