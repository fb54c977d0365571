import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// The organization page and `GET /api/v1/organization` are one query: for a seller, a manager,
/// a leader of one market, a leader and an admin, both refuse alike or show the same teams,
/// markets and active headcount — those of a recomputation from the demo directory.
@Suite(.serialized) struct OrganizationAccessTests {
    @Test func eachRoleSeesTheSameTeamsMarketsAndHeadcountOnThePageAndInTheAPI() async throws {
        try await withServer { server in
            // setup
            let demo = server.demo
            let hierarchy = TeamHierarchy(demo.teams)
            let marketLeader = try #require(demo.people.first { $0.accessRole == .leader && $0.leaderMarketIDs.count == 1 })
            try await Accounts(database: server.app.db).setPasswordHash(
                try await server.app.password.async.hash(TestServer.password), for: marketLeader.id, at: server.clock.now)
            let viewers: [(String, Person)] = [
                ("seller", demo.logins.seller), ("manager", demo.logins.manager), ("leader of one market", marketLeader),
                ("leader", demo.logins.leader), ("admin", demo.logins.admin),
            ]
            let ownMembers = Dictionary(grouping: demo.people.filter { $0.isActive && $0.teamID != nil }, by: { $0.teamID! })
                .mapValues(\.count)
            var refused = 0

            for (name, person) in viewers {
                let token = try await server.token(for: person)
                let browser = TestBrowser(server)
                try #require(try await browser.signIn(person.email).status == .ok)
                // MUT
                let api = try await server.api(.GET, "/api/v1/organization", token: token)
                let page = try await browser.get("/organization")
                // validate
                let policy = AccessPolicy(viewer: Viewer(person), hierarchy: hierarchy)
                guard policy.has(.readOrganization) else {
                    #expect(api.status == .forbidden, "\(name): \(api.text)")
                    #expect(page.status == .forbidden, "\(name)")
                    refused += 1
                    continue
                }
                try #require(api.status == .ok, "\(name): \(api.text)")
                try #require(page.status == .ok, "\(name)")
                let teams = demo.teams.filter { $0.isActive && policy.canRead($0) }
                let markets = demo.markets.filter { market in teams.contains { $0.marketID == market.id } }
                let headcount = teams.reduce(0) { $0 + (ownMembers[$1.id] ?? 0) }

                let body = try api.json()
                let servedTeams = try #require(body["teams"] as? [[String: Any]])
                #expect(Set(servedTeams.compactMap { ($0["id"] as? String)?.lowercased() }) == Self.ids(teams), "\(name): API teams")
                for team in servedTeams {
                    let id = try #require((team["id"] as? String).flatMap(UUID.init(uuidString:)))
                    #expect(team["headcount"] as? Int == ownMembers[Team.ID(id)] ?? 0, "\(name): a team's own people")
                }
                let servedMarkets = try #require(body["markets"] as? [[String: Any]])
                #expect(Set(servedMarkets.compactMap { $0["code"] as? String }) == Set(markets.map(\.code)), "\(name): API markets")
                #expect(body["activePeople"] as? Int == headcount, "\(name): API headcount")

                // The chart's links, not the navigation's link to the viewer's own team (`id` follows it).
                #expect(Self.matches(of: #"href="/teams/([0-9A-Fa-f-]{36})">"#, in: page.text.lowercased()) == Self.ids(teams), "\(name): page teams")
                // Teams outside every market have a section of their own ("none"), and no market in the API.
                let sections = Self.matches(of: #"data-market="([^"]+)""#, in: page.text)
                #expect(sections.subtracting(["none"]) == Set(markets.map(\.code)), "\(name): page markets")
                #expect(sections.contains("none") == teams.contains { $0.marketID == nil }, "\(name): teams outside every market")
                let subtitle = Localizer(.english)(.organizationPeopleCount, ["count": String(headcount), "teams": String(teams.count)])
                #expect(page.text.contains(subtitle), "\(name): page headcount")
            }
            #expect(refused == 2)
        }
    }

    /// `GET /api/v1/teams` asks the store for the teams a viewer reads: a manager their subtree.
    @Test func theTeamListIsTheViewersReach() async throws {
        try await withServer { server in
            // setup
            let demo = server.demo
            let hierarchy = TeamHierarchy(demo.teams)
            let manager = demo.logins.manager
            let token = try await server.token(for: manager)
            // MUT
            let list = try await server.api(.GET, "/api/v1/teams", token: token)
            // validate
            try #require(list.status == .ok, "\(list.text)")
            let items = try #require(try list.json()["items"] as? [[String: Any]])
            let subtree = hierarchy.subtree(of: try #require(manager.teamID))
            let expected = demo.teams.filter { $0.isActive && subtree.contains($0.id) }
            #expect(Set(items.compactMap { ($0["id"] as? String)?.lowercased() }) == Self.ids(expected))
            #expect(try list.json()["total"] as? Int == expected.count)
        }
    }

    static func matches(of pattern: String, in text: String) -> Set<String> {
        let expression = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        return Set(expression.matches(in: text, range: range).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        })
    }

    static func ids(_ teams: [Team]) -> Set<String> { Set(teams.map { $0.id.rawValue.uuidString.lowercased() }) }
}
