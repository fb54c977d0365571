import Testing
@testable import SalesDomain

/// Keel's rule for whose won deals make a team's bar: the team's whole subtree.
@Suite struct StallBarTeamsTests {
    @Test func aTeamsBarCoversEveryTeamBelowItAndTheOrganizationsEveryone() {
        // setup: teams 1 → 2 → 3; a won deal owned in team 3 and one with no team
        let hierarchy = TeamHierarchy(Fixture.teams)
        let inTeam3 = Fixture.person(1, team: 3)
        let inTeam2 = Fixture.person(2, team: 2)
        let noTeam = Fixture.person(3, team: nil)
        // MUT
        let teams = StageVelocity.stallBarTeams(people: [inTeam3, inTeam2, noTeam], hierarchy: hierarchy)
        // validate
        #expect(Set(teams.keys(for: inTeam3.id)) == [Fixture.teamID(3), Fixture.teamID(2), Fixture.teamID(1)])
        #expect(Set(teams.keys(for: inTeam2.id)) == [Fixture.teamID(2), Fixture.teamID(1)])
        #expect(teams.keys(for: noTeam.id).isEmpty, "counted organization-wide only")
    }
}
