import Foundation
import Testing
@testable import SalesDomain

@Suite struct DemoOrganizationGeneratorTests {
    let spec = DemoOrganizationSpec(sellers: 240, seed: 7, createdAt: Fixture.monday)

    @Test func theSameSeedMakesTheSameOrganization() {
        let first = DemoOrganizationGenerator.generate(spec)
        let second = DemoOrganizationGenerator.generate(spec)
        #expect(first.people == second.people)
        #expect(first.teams == second.teams)
        var other = spec
        other.seed = 8
        #expect(DemoOrganizationGenerator.generate(other).people != first.people)
    }

    @Test func sellersAreSplitOverTheFourMarkets() {
        let demo = DemoOrganizationGenerator.generate(spec)
        let sellers = demo.people.filter { $0.accessRole == .seller }
        #expect(sellers.count == 240)
        let byMarket = Dictionary(grouping: sellers, by: { $0.marketID! }).mapValues(\.count)
        let codes = Dictionary(uniqueKeysWithValues: demo.markets.map { ($0.id, $0.code) })
        #expect(Dictionary(uniqueKeysWithValues: byMarket.map { (codes[$0.key]!, $0.value) }) == ["SE": 96, "NO": 60, "DK": 48, "FI": 36])
        #expect(Set(sellers.map(\.jobRole)).isSubset(of: Set(JobRole.allCases.filter(\.isSellingRole))))
    }

    @Test func everySellingTeamHasAManagerAndAboutEightSellers() {
        let demo = DemoOrganizationGenerator.generate(spec)
        let hierarchy = TeamHierarchy(demo.teams)
        let leafTeams = demo.teams.filter { team in hierarchy.subtree(of: team.id).count == 1 }
        for team in leafTeams {
            let members = demo.people.filter { $0.teamID == team.id }
            #expect(members.filter { $0.accessRole == .manager }.count == 1)
            #expect((6...11).contains(members.filter { $0.accessRole == .seller }.count))
        }
    }

    @Test func theLoginsAreOnePerRoleAndConnected() {
        let demo = DemoOrganizationGenerator.generate(spec)
        #expect(demo.logins.admin.accessRole == .admin)
        #expect(demo.logins.leader.accessRole == .leader)
        #expect(demo.logins.leader.leaderMarketIDs.isEmpty)
        #expect(demo.logins.manager.accessRole == .manager)
        #expect(demo.logins.seller.teamID == demo.logins.manager.teamID)
        #expect(demo.logins.all.map(\.person.email) == ["admin@demo.keel.test", "leader@demo.keel.test", "manager@demo.keel.test", "seller@demo.keel.test"])
    }

    @Test func emailsAreUniqueAndAscii() {
        let demo = DemoOrganizationGenerator.generate(DemoOrganizationSpec(sellers: 3000, seed: 3, createdAt: Fixture.monday))
        let emails = demo.people.map(\.email)
        #expect(Set(emails).count == emails.count)
        #expect(emails.allSatisfy { $0.allSatisfy(\.isASCII) })
        #expect(Set(demo.people.map(\.id)).count == demo.people.count)
    }

    @Test func everyPersonStartsWithATeamMembership() {
        let demo = DemoOrganizationGenerator.generate(spec)
        #expect(demo.memberships.count == demo.people.count)
        #expect(demo.memberships.allSatisfy { $0.from == spec.historyStart && $0.until == nil })
    }

    /// A profile's team history starts with the demo's oldest records, not the day it was stored:
    /// 430 days before, when the competence framework was published, or further for more weeks.
    @Test func membershipsStartWithTheHistory() {
        let day: TimeInterval = 86_400
        #expect(DemoOrganizationSpec(sellers: 3, seed: 3, createdAt: Fixture.monday).historyStart == Fixture.monday.addingTimeInterval(-430 * day))
        #expect(
            DemoOrganizationSpec(sellers: 3, seed: 3, createdAt: Fixture.monday, historyWeeks: 104).historyStart
                == Fixture.monday.addingTimeInterval(-105 * 7 * day))
    }

    @Test func apportionmentAddsUpExactly() {
        #expect(DemoOrganizationGenerator.apportion(10, shares: [0.4, 0.25, 0.2, 0.15]) == [4, 3, 2, 1])
        #expect(DemoOrganizationGenerator.apportion(7, shares: [1, 1, 1]).reduce(0, +) == 7)
        #expect(DemoOrganizationGenerator.apportion(0, shares: [0.5, 0.5]) == [0, 0])
    }

    @Test func anEmptySalesForceStillHasLogins() {
        let demo = DemoOrganizationGenerator.generate(DemoOrganizationSpec(sellers: 0, seed: 1, createdAt: Fixture.monday))
        #expect(demo.people.count == 2)
        #expect(demo.logins.seller.accessRole == .leader)
    }

    @Test func noTeamHasTwoPeopleOfOneName() {
        // 2,000 sellers in teams of about eight, from 720 names per market: without the rule, some teams would.
        let demo = DemoOrganizationGenerator.generate(DemoOrganizationSpec(sellers: 2_000, seed: 7, createdAt: Fixture.monday))
        for (_, members) in Dictionary(grouping: demo.people, by: \.teamID) {
            #expect(Set(members.map(\.name)).count == members.count)
        }
    }
}
