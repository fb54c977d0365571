import Testing
@testable import SalesDomain

@Suite struct RaterEligibilityTests {
    /// Teams: 1 (Nordics) → 2 (Sweden) → 3, 4 ; 1 → 5 (Norway). Seller 10 is in team 3.
    let hierarchy = TeamHierarchy(Fixture.teams)
    let seller = Fixture.person(10, team: 3)

    func person(_ n: Int, _ role: AccessRole, team: Int?) -> Person { Fixture.person(n, role: role, team: team) }

    /// | rater                        | manager of seller 10? |
    /// |------------------------------|-----------------------|
    /// | manager in team 3 (own)      | yes                   |
    /// | manager in team 2 (above)    | yes                   |
    /// | leader in team 1 (root)      | yes                   |
    /// | manager in team 4 (sibling)  | no                    |
    /// | manager in team 5 (Norway)   | no                    |
    /// | admin in team 1              | no: not a manager     |
    /// | seller in team 3             | no                    |
    /// | deactivated manager, team 3  | no                    |
    @Test func managersOfTheTeamOrATeamAboveItAreTheSellersManagers() {
        #expect(RaterEligibility.isManager(person(1, .manager, team: 3), of: seller, hierarchy: hierarchy))
        #expect(RaterEligibility.isManager(person(2, .manager, team: 2), of: seller, hierarchy: hierarchy))
        #expect(RaterEligibility.isManager(person(3, .leader, team: 1), of: seller, hierarchy: hierarchy))
        #expect(!RaterEligibility.isManager(person(4, .manager, team: 4), of: seller, hierarchy: hierarchy))
        #expect(!RaterEligibility.isManager(person(5, .manager, team: 5), of: seller, hierarchy: hierarchy))
        #expect(!RaterEligibility.isManager(person(6, .admin, team: 1), of: seller, hierarchy: hierarchy))
        #expect(!RaterEligibility.isManager(person(7, .seller, team: 3), of: seller, hierarchy: hierarchy))
        var deactivated = person(8, .manager, team: 3)
        deactivated.isActive = false
        #expect(!RaterEligibility.isManager(deactivated, of: seller, hierarchy: hierarchy))
        #expect(!RaterEligibility.isManager(seller, of: seller, hierarchy: hierarchy))
    }

    @Test func aManagerRatingFromSomeoneElseIsRefusedNamingTheSource() {
        let error = #expect(throws: FieldError.self) {
            try RaterEligibility.check(rater: person(4, .manager, team: 4), ratee: seller, source: .manager, hierarchy: hierarchy)
        }
        #expect(error?.field == "source")
        #expect(error?.problem.key == .raterNotManager)
        #expect(error?.problem.arguments["ratee"] == "Person 10")
    }

    @Test func aSelfAssessmentOnSomeoneElseIsRefused() {
        let error = #expect(throws: FieldError.self) {
            try RaterEligibility.check(rater: person(7, .seller, team: 3), ratee: seller, source: .selfAssessment, hierarchy: hierarchy)
        }
        #expect(error?.field == "source")
    }

    /// | rater of seller 10 (team 3)   | as a peer? | on the form as |
    /// |-------------------------------|------------|----------------|
    /// | seller 7, team 3 (teammate)   | yes        | peer           |
    /// | manager 1, team 3             | yes        | manager        |
    /// | manager 2, team 2 (above)     | no         | manager        |
    /// | seller 5, team 5 (Norway)     | no         | —              |
    /// | seller 9, no team             | no         | —              |
    /// | seller 10 themself            | no         | self           |
    @Test func onlyATeammateRatesAsAPeerAndTheFormOffersEachTheirOwnSource() throws {
        try RaterEligibility.check(rater: person(7, .seller, team: 3), ratee: seller, source: .peer, hierarchy: hierarchy)
        try RaterEligibility.check(rater: person(1, .manager, team: 3), ratee: seller, source: .peer, hierarchy: hierarchy)
        for stranger in [person(2, .manager, team: 2), person(5, .seller, team: 5), person(9, .seller, team: nil)] {
            let error = #expect(throws: FieldError.self) {
                try RaterEligibility.check(rater: stranger, ratee: seller, source: .peer, hierarchy: hierarchy)
            }
            #expect(error?.field == "source")
            #expect(error?.problem.key == .raterNotPeer)
        }
        #expect(RaterEligibility.source(rater: person(7, .seller, team: 3), ratee: seller, hierarchy: hierarchy) == .peer)
        #expect(RaterEligibility.source(rater: person(1, .manager, team: 3), ratee: seller, hierarchy: hierarchy) == .manager)
        #expect(RaterEligibility.source(rater: person(2, .manager, team: 2), ratee: seller, hierarchy: hierarchy) == .manager)
        #expect(RaterEligibility.source(rater: person(5, .seller, team: 5), ratee: seller, hierarchy: hierarchy) == nil)
        #expect(RaterEligibility.source(rater: person(9, .seller, team: nil), ratee: seller, hierarchy: hierarchy) == nil)
        #expect(RaterEligibility.source(rater: seller, ratee: seller, hierarchy: hierarchy) == .selfAssessment)
    }

    @Test func nobodyRatesAcrossOrganizationsOrThemselvesAsAPeer() throws {
        try RaterEligibility.check(rater: seller, ratee: seller, source: .selfAssessment, hierarchy: hierarchy)
        let foreign = Fixture.person(11, team: 3, organization: Fixture.otherOrganization)
        let error = #expect(throws: FieldError.self) {
            try RaterEligibility.check(rater: foreign, ratee: seller, source: .peer, hierarchy: hierarchy)
        }
        #expect(error?.field == "raterID")
        #expect(throws: FieldError.self) {
            try RaterEligibility.check(rater: seller, ratee: seller, source: .peer, hierarchy: hierarchy)
        }
    }

    @Test func aDeactivatedPersonRatesNobody() {
        var gone = person(7, .seller, team: 3)
        gone.isActive = false
        let error = #expect(throws: FieldError.self) {
            try RaterEligibility.check(rater: gone, ratee: seller, source: .peer, hierarchy: hierarchy)
        }
        #expect(error?.field == "raterID")
    }

    /// Teams 1 → 2 → 3, 4 and 1 → 5. Leader 3 in team 1, manager 2 in team 2, manager 1 in
    /// team 3; teams 4 and 5 have no manager of their own.
    ///
    /// | person                   | reports to        |
    /// |--------------------------|-------------------|
    /// | seller 10, team 3        | manager 1         |
    /// | manager 1, team 3        | manager 2 (above) |
    /// | seller 12, team 4        | manager 2         |
    /// | manager 2, team 2        | leader 3          |
    /// | seller 13, team 5        | leader 3          |
    /// | leader 3, team 1 (root)  | nobody            |
    /// | seller 14, no team       | nobody            |
    @Test func aPersonReportsToTheManagersOfTheNearestManagedTeamAboveThem() {
        let manager3 = person(1, .manager, team: 3)
        let manager2 = person(2, .manager, team: 2)
        let leader = person(3, .leader, team: 1)
        let managersByTeam = Dictionary(grouping: [manager3, manager2, leader, person(6, .admin, team: 1)], by: { $0.teamID! })
        func reportsTo(_ ratee: Person) -> [Person.ID] {
            RaterEligibility.directManagers(of: ratee, managersByTeam: managersByTeam, hierarchy: hierarchy).map(\.id)
        }
        #expect(reportsTo(seller) == [manager3.id])
        #expect(reportsTo(manager3) == [manager2.id])
        #expect(reportsTo(Fixture.person(12, team: 4)) == [manager2.id])
        #expect(reportsTo(manager2) == [leader.id])
        #expect(reportsTo(Fixture.person(13, team: 5)) == [leader.id])
        #expect(reportsTo(leader) == [])
        #expect(reportsTo(Fixture.person(14, team: nil)) == [])
        // Every one of them may still rate seller 10: reporting decides the list, not the right.
        #expect([manager3, manager2, leader].allSatisfy { RaterEligibility.isManager($0, of: seller, hierarchy: hierarchy) })
    }

    /// Teams 1 → 2 → 3, 4 ; 1 → 5. Managers in teams 3 and 1 (the leader); none in 2, 4 or 5.
    ///
    /// | viewer            | member teams read | managers read | direct reports                         |
    /// |-------------------|-------------------|---------------|----------------------------------------|
    /// | leader 3, team 1  | 1, 2, 4, 5        | manager 1     | seller 11 (t2), 12 (t4), 13 (t5), m 1  |
    /// | manager 1, team 3 | 3                 | —             | seller 10                              |
    /// | seller 10         | —                 | —             | nobody                                 |
    @Test func aManagersDirectReportsAreTheirTeamsAndTheManagersOfTheNearestManagedTeamsBelow() {
        let manager3 = person(1, .manager, team: 3)
        let leader = person(3, .leader, team: 1)
        let managersByTeam = Dictionary(grouping: [manager3, leader], by: { $0.teamID! })
        let people = [seller, Fixture.person(11, team: 2), Fixture.person(12, team: 4), Fixture.person(13, team: 5), manager3, leader]

        let leaders = RaterEligibility.teamsReporting(to: leader, managersByTeam: managersByTeam, hierarchy: hierarchy)
        #expect(leaders.memberTeams == Set([1, 2, 4, 5].map(Fixture.teamID)))
        #expect(leaders.managers.map(\.id) == [manager3.id])
        let read = people.filter { person in leaders.memberTeams.contains(person.teamID!) } + leaders.managers
        #expect(Set(RaterEligibility.directReports(of: leader, among: read, managersByTeam: managersByTeam, hierarchy: hierarchy).map(\.id))
                == Set([11, 12, 13, 1].map(Fixture.personID)))
        // Seller 10 is below the leader but reports to manager 1: not on the leader's list.
        #expect(!RaterEligibility.directReports(of: leader, among: people, managersByTeam: managersByTeam, hierarchy: hierarchy)
            .contains { $0.id == seller.id })

        #expect(RaterEligibility.teamsReporting(to: manager3, managersByTeam: managersByTeam, hierarchy: hierarchy)
                == RaterEligibility.ReportingTeams(memberTeams: [Fixture.teamID(3)], managers: []))
        #expect(RaterEligibility.directReports(of: manager3, among: people, managersByTeam: managersByTeam, hierarchy: hierarchy).map(\.id)
                == [seller.id])

        #expect(RaterEligibility.teamsReporting(to: seller, managersByTeam: managersByTeam, hierarchy: hierarchy)
                == RaterEligibility.ReportingTeams(memberTeams: [], managers: []))
        #expect(RaterEligibility.directReports(of: seller, among: people, managersByTeam: managersByTeam, hierarchy: hierarchy).isEmpty)
    }
}
