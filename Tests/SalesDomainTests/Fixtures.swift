import Foundation
@testable import SalesDomain

/// Fixed ids and dates, so every domain test is reproducible.
enum Fixture {
    static let organization = Organization.ID(UUID(uuidString: "00000000-0000-0000-0000-00000000000a")!)
    static let otherOrganization = Organization.ID(UUID(uuidString: "00000000-0000-0000-0000-00000000000b")!)
    static let sweden = Market.ID(UUID(uuidString: "00000000-0000-0000-0000-0000000000e1")!)
    static let norway = Market.ID(UUID(uuidString: "00000000-0000-0000-0000-0000000000e2")!)
    static let monday = Date(timeIntervalSince1970: 1_767_571_200) // 2026-01-05T00:00:00Z

    static func teamID(_ n: Int) -> Team.ID { Team.ID(UUID(uuidString: String(format: "00000000-0000-0000-0001-%012d", n))!) }
    static func personID(_ n: Int) -> Person.ID { Person.ID(UUID(uuidString: String(format: "00000000-0000-0000-0002-%012d", n))!) }

    static func team(_ n: Int, parent: Int? = nil, market: Market.ID? = sweden, organization: Organization.ID = organization) -> Team {
        Team(id: teamID(n), organizationID: organization, name: "Team \(n)", parentID: parent.map(teamID), marketID: market)
    }

    static func person(
        _ n: Int, role: AccessRole = .seller, team: Int?, market: Market.ID? = sweden,
        leads: [Market.ID] = [], organization: Organization.ID = organization
    ) -> Person {
        Person(
            id: personID(n), organizationID: organization, name: "Person \(n)", email: "p\(n)@example.com",
            jobRole: .accountExecutive, accessRole: role, teamID: team.map(teamID), marketID: market, leaderMarketIDs: leads
        )
    }

    /// 1 (Nordics) → 2 (Sweden) → 3, 4 ; 1 → 5 (Norway)
    static let teams = [
        team(1, market: nil), team(2, parent: 1), team(3, parent: 2), team(4, parent: 2), team(5, parent: 1, market: norway),
    ]
}
