import Testing
@testable import SalesDomain

/// Fixture.teams: 1 (no market) → 2 (Sweden) → 3, 4 ; 1 → 5 (Norway).
@Suite struct AnalysisScopeChoicesTests {
    let hierarchy = TeamHierarchy(Fixture.teams)
    let markets = [
        Market(id: Fixture.sweden, organizationID: Fixture.organization, code: "SE", name: "Sweden"),
        Market(id: Fixture.norway, organizationID: Fixture.organization, code: "NO", name: "Norway"),
    ]

    func choices(_ viewer: Person, teams: [Team] = Fixture.teams, people: [Person] = [], current: AnalysisScope) -> AnalysisScopeChoices {
        AnalysisScopeChoices(policy: AccessPolicy(viewer: Viewer(viewer), hierarchy: TeamHierarchy(teams)), viewer: viewer, teams: teams,
                             markets: markets, people: people, current: current, currentName: "Current")
    }

    @Test func aLeaderGetsTheOrganizationMarketsAndEveryTeamAsATree() {
        let leader = Fixture.person(50, role: .leader, team: 1, market: nil)
        let list = choices(leader, current: .team(Fixture.teamID(4)))
        #expect(list.sections.map(\.group) == [.organization, .markets, .teams, .people])
        let teams = list.sections[2].choices
        #expect(teams.map(\.scope) == [1, 2, 3, 4, 5].map { AnalysisScope.team(Fixture.teamID($0)) })
        #expect(teams.map(\.depth) == [0, 1, 2, 2, 1])
        // The deep team on show is in the list, so the picker keeps it selected.
        #expect(teams.contains { $0.scope == .team(Fixture.teamID(4)) })
        #expect(list.sections[3].choices.map(\.scope) == [.person(leader.id)])
    }

    @Test func aManagerGetsTheirSubtreeAndTheirPeopleButNoOrganization() {
        let manager = Fixture.person(60, role: .manager, team: 2)
        let people = [Fixture.person(61, team: 3), Fixture.person(62, team: 4), Fixture.person(63, team: 5)]
        let list = choices(manager, people: people, current: .team(Fixture.teamID(2)))
        #expect(list.sections.map(\.group) == [.teams, .people])
        #expect(list.sections[0].choices.map(\.scope) == [2, 3, 4].map { AnalysisScope.team(Fixture.teamID($0)) })
        #expect(list.sections[0].choices.map(\.depth) == [0, 1, 1])
        #expect(list.sections[1].choices.map(\.scope) == [manager.id, Fixture.personID(61), Fixture.personID(62)].map(AnalysisScope.person))
    }

    @Test func teamsThatShareANameAreToldApartAndTheScopeShownIsNeverLost() {
        var teams = Fixture.teams
        teams.append(Team(id: Fixture.teamID(6), organizationID: Fixture.organization, name: "Team 3", parentID: Fixture.teamID(5),
                          marketID: Fixture.norway))
        let leader = Fixture.person(50, role: .leader, team: 1, market: nil)
        let labels = choices(leader, teams: teams, current: .organization).sections[2].choices.compactMap(\.label)
        #expect(labels.contains("Team 3 · Team 2"))
        #expect(labels.contains("Team 3 · Team 5"))
        let someoneElse = choices(leader, current: .person(Fixture.personID(61)))
        #expect(someoneElse.sections.last?.choices.first == .init(scope: .person(Fixture.personID(61)), label: "Current", depth: 0))
    }
}
