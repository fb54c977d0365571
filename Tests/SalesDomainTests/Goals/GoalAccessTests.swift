import Testing
@testable import SalesDomain

@Suite("Who sets, reads and recognizes goals and wins")
struct GoalAccessTests {
    let hierarchy = TeamHierarchy(Fixture.teams)
    let seller = Fixture.person(1, team: 3)
    let teammate = Fixture.person(2, team: 3)
    let other = Fixture.person(3, team: 4)
    let manager = Fixture.person(4, role: .manager, team: 2)
    let norwayLeader = Fixture.person(5, role: .leader, team: nil, market: Fixture.norway, leads: [Fixture.norway])

    func policy(_ person: Person) -> AccessPolicy { AccessPolicy(viewer: Viewer(person), hierarchy: hierarchy) }
    func line(_ person: Person) -> Set<Team.ID> { person.teamID.map { Set([$0] + hierarchy.ancestors(of: $0)) } ?? [] }

    @Test("A seller reads their own goals, their team's and the teams' above, not a teammate's or another team's; enters only their own value")
    func sellers() {
        let policy = policy(seller)
        #expect(policy.canReadGoals(of: seller))
        #expect(!policy.canReadGoals(of: teammate))
        #expect(policy.canReadGoals(of: Fixture.teams[2], viewerTeams: line(seller)))
        #expect(policy.canReadGoals(of: Fixture.teams[0], viewerTeams: line(seller)))
        #expect(!policy.canReadGoals(of: Fixture.teams[3], viewerTeams: line(seller)))
        #expect(policy.canEnterValue(ofGoalOf: seller))
        #expect(!policy.canEnterValue(ofGoalOf: teammate))
        #expect(!policy.canWriteCompanyGoals && !policy.canWriteGoals(of: Fixture.teams[2]) && !policy.canWriteGoals(of: seller))
        #expect(policy.canReadWin(about: teammate), "the team's feed")
        #expect(!policy.canReadWin(about: other))
        #expect(!policy.canPostWin(for: teammate))
    }

    @Test("A manager sets goals and posts wins for their subtree's teams and people, not their own goals or the parent team's")
    func managers() {
        let policy = policy(manager)
        #expect(policy.canWriteGoals(of: Fixture.teams[1]) && policy.canWriteGoals(of: Fixture.teams[2]))
        #expect(!policy.canWriteGoals(of: Fixture.teams[0]))
        #expect(policy.canWriteGoals(of: seller) && policy.canPostWin(for: seller) && policy.canPostWin(for: Fixture.teams[3]))
        #expect(!policy.canWriteGoals(of: manager))
        #expect(!policy.canWriteCompanyGoals)
        #expect(policy.receivesWinSuggestions)
    }

    @Test("A leader sets company goals and reads the goals of their markets only")
    func leaders() {
        let policy = policy(norwayLeader)
        #expect(policy.canWriteCompanyGoals)
        #expect(policy.canReadGoals(of: Fixture.teams[4], viewerTeams: []))
        #expect(!policy.canReadGoals(of: Fixture.teams[1], viewerTeams: []))
        #expect(!policy.canWriteGoals(of: Fixture.teams[4]))
        #expect(!policy.receivesWinSuggestions)
    }
}
