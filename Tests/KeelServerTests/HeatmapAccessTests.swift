import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// The heatmap is one query for the page and the API: for a seller, a manager, a leader of one
/// market, a leader and an admin, both show the rows of that person's reach and a total of
/// exactly those rows, equal to a recomputation from the stored results.
@Suite(.serialized) struct HeatmapAccessTests {
    /// The row a person falls in, and whether the viewer may see that row.
    static func expectedRow(of entry: HeatmapEntry, rows: HeatmapRows, hierarchy: TeamHierarchy, teams: [Team.ID: Team],
                            policy: AccessPolicy) -> HeatmapGroup? {
        let group: HeatmapGroup
        switch rows {
        case .markets:
            group = entry.marketID.map { .market($0) } ?? .unassigned
        case .teams(let parent):
            guard let team = entry.teamID else {
                guard parent == nil else { return nil }
                group = .unassigned
                break
            }
            let chain = [team] + hierarchy.ancestors(of: team)
            if let parent {
                guard let index = chain.firstIndex(of: parent) else { return nil }
                group = .team(index == 0 ? parent : chain[index - 1])
            } else {
                group = .team(chain[chain.count - 1])
            }
        }
        switch group {
        case .team(let id): return teams[id].map(policy.canRead) == true ? group : nil
        case .market(let id): return policy.canRead(market: id) ? group : nil
        case .unassigned: return policy.canReadOrganization ? group : nil
        }
    }

    /// The row an API cell or group entry names (`"group": {"kind": …, "id": …}`).
    static func group(_ json: [String: Any]) throws -> HeatmapGroup {
        let group = try #require(json["group"] as? [String: Any])
        let id = (group["id"] as? String).flatMap(UUID.init(uuidString:))
        return switch group["kind"] as? String {
        case "team": .team(Team.ID(try #require(id)))
        case "market": .market(Market.ID(try #require(id)))
        default: .unassigned
        }
    }

    @Test func eachRoleSeesItsReachAndATotalOfExactlyThoseRowsOnThePageAndInTheAPI() async throws {
        try await withServer { server in
            // setup
            let store = try await CompetenceAPITests.seed(server)
            let demo = server.demo
            let cycle = try #require(try await store.cycleSummaries().first { $0.status == .closed })
            let entries = try await store.people(in: .organization, cycle: cycle.id)
            let participantIDs = Set(try #require(try await store.cycle(cycle.id)).participantIDs)
            let participants = demo.people.filter { participantIDs.contains($0.id) }
            let hierarchy = TeamHierarchy(demo.teams)
            let teams = Dictionary(uniqueKeysWithValues: demo.teams.map { ($0.id, $0) })
            let marketLeader = try #require(demo.people.first { $0.accessRole == .leader && $0.leaderMarketIDs.count == 1 })
            try await Accounts(database: server.app.db).setPasswordHash(try await server.app.password.async.hash(TestServer.password), for: marketLeader.id, at: server.clock.now)
            let viewers: [(String, Person)] = [
                ("seller", demo.logins.seller), ("manager", demo.logins.manager), ("leader of one market", marketLeader),
                ("leader", demo.logins.leader), ("admin", demo.logins.admin),
            ]
            let path = "/competence/cycles/\(cycle.id)/heatmap"

            for (name, person) in viewers {
                let token = try await server.token(for: person)
                let browser = TestBrowser(server)
                try #require(try await browser.signIn(person.email).status == .ok)
                let policy = AccessPolicy(viewer: Viewer(person), hierarchy: hierarchy)
                for asked in ["?jobRole=all", "?rows=markets&jobRole=all"] {
                    // MUT
                    let api = try await server.api(.GET, "/api/v1" + path + asked, token: token)
                    let page = try await browser.get(path + asked)
                    // validate
                    let query = HeatmapQuery(cycle: cycle.id, rows: asked.contains("markets") ? .markets : .start)
                    let rows: HeatmapRows
                    do {
                        rows = try query.rows(for: policy, teams: demo.teams)
                    } catch {
                        #expect(api.status == .forbidden, "\(name) \(asked): \(api.text)")
                        #expect(page.status == .forbidden, "\(name) \(asked)")
                        continue
                    }
                    try #require(api.status == .ok, "\(name) \(asked): \(api.text)")
                    #expect(page.status == .ok, "\(name) \(asked)")

                    var expected: [HeatmapGroup: [Competency.ID: HeatmapTally]] = [:]
                    for entry in entries {
                        guard let group = Self.expectedRow(of: entry, rows: rows, hierarchy: hierarchy, teams: teams, policy: policy) else { continue }
                        for (competency, level) in entry.levels {
                            expected[group, default: [:]][competency, default: .empty] += HeatmapTally(level: level, target: entry.targets[competency])
                        }
                    }
                    var expectedTotal: [Competency.ID: HeatmapTally] = [:]
                    for (_, cells) in expected { for (competency, tally) in cells { expectedTotal[competency, default: .empty] += tally } }

                    let body = try api.json()
                    let cells = try #require(body["cells"] as? [[String: Any]])
                    var served: [HeatmapGroup: [Competency.ID: Int]] = [:]
                    for cell in cells {
                        let key = try Self.group(cell)
                        let competency = try #require((cell["competencyID"] as? String).flatMap(Competency.ID.init(uuidString:)))
                        served[key, default: [:]][competency] = cell["ratedCount"] as? Int
                    }
                    #expect(served == expected.mapValues { $0.mapValues(\.ratedCount) }, "\(name) \(asked): rows")
                    let total = try #require(body["total"] as? [[String: Any]])
                    let servedTotal = Dictionary(uniqueKeysWithValues: try total.map {
                        (try #require(($0["competencyID"] as? String).flatMap(Competency.ID.init(uuidString:))), $0["ratedCount"] as? Int ?? -1)
                    })
                    #expect(servedTotal == expectedTotal.mapValues(\.ratedCount), "\(name) \(asked): total")
                    for entry in total {
                        let competency = try #require((entry["competencyID"] as? String).flatMap(Competency.ID.init(uuidString:)))
                        #expect(abs((entry["meanLevel"] as? Double ?? -1) - (expectedTotal[competency]?.meanLevel ?? -2)) < 1e-9)
                    }
                    // Every participant counts in their row's "in scope", rated or not.
                    var expectedScope: [HeatmapGroup: Int] = [:]
                    for person in participants {
                        guard let group = Self.expectedRow(of: HeatmapEntry(unrated: person), rows: rows, hierarchy: hierarchy, teams: teams, policy: policy)
                        else { continue }
                        expectedScope[group, default: 0] += 1
                    }
                    var servedScope: [HeatmapGroup: Int] = [:]
                    for row in try #require(body["groups"] as? [[String: Any]]) {
                        servedScope[try Self.group(row)] = row["inScope"] as? Int
                    }
                    #expect(servedScope == expectedScope.merging(expected.mapValues { _ in 0 }) { count, _ in count }, "\(name) \(asked): in scope")
                    for cell in cells { #expect((cell["inScope"] as? Int ?? -1) >= (cell["ratedCount"] as? Int ?? 0)) }
                    // The page shows the same rows.
                    #expect(page.text.components(separatedBy: "class=\"heatmap-row\"").count - 1 == servedScope.count, "\(name) \(asked): page rows")
                }
            }
        }
    }

    @Test func everyRowsPeopleAreTheSameOnThePageAndInTheAPIAndAddUpToTheRow() async throws {
        try await withServer { server in
            // setup
            let store = try await CompetenceAPITests.seed(server)
            let demo = server.demo
            let cycle = try #require(try await store.cycleSummaries().first { $0.status == .closed })
            let marketLeader = try #require(demo.people.first { $0.accessRole == .leader && $0.leaderMarketIDs.count == 1 })
            try await Accounts(database: server.app.db).setPasswordHash(try await server.app.password.async.hash(TestServer.password), for: marketLeader.id, at: server.clock.now)
            var rowsChecked = 0
            for person in [demo.logins.manager, marketLeader, demo.logins.leader] {
                let token = try await server.token(for: person)
                let browser = TestBrowser(server)
                try #require(try await browser.signIn(person.email).status == .ok)
                let heatmap = try await server.api(.GET, "/api/v1/competence/cycles/\(cycle.id)/heatmap?jobRole=all", token: token).json()
                let parent = heatmap["team"] as? String
                let cells = try #require(heatmap["cells"] as? [[String: Any]])
                var rows: [String: [String: Int]] = [:]
                for cell in cells {
                    let group = try #require(cell["group"] as? [String: Any])
                    guard let id = group["id"] as? String else { continue }
                    let name = group["kind"] as? String == "market" ? "market:\(id)" : (id == parent ? "members:\(id)" : "team:\(id)")
                    rows[name, default: [:]][try #require(cell["competencyID"] as? String)] = cell["ratedCount"] as? Int
                }
                for (group, counts) in rows {
                    // MUT
                    let api = try await server.api(.GET, "/api/v1/competence/cycles/\(cycle.id)/heatmap/people?group=\(group)", token: token)
                    let page = try await browser.get("/competence/cycles/\(cycle.id)/people?group=\(group)")
                    // validate
                    try #require(api.status == .ok && page.status == .ok, "\(person.accessRole) \(group): \(api.status) \(page.status)")
                    let people = try #require(try api.json()["people"] as? [[String: Any]])
                    let ids = Set(people.compactMap { ($0["personID"] as? String)?.lowercased() })
                    let listed = Set(page.text.components(separatedBy: "id=\"person-").dropFirst().map { String($0.prefix(36)).lowercased() })
                    #expect(ids == listed, "\(person.accessRole) \(group)")
                    var rated: [String: Int] = [:]
                    for entry in people {
                        for level in entry["levels"] as? [[String: Any]] ?? [] where level["level"] is Double {
                            rated[try #require(level["competencyID"] as? String), default: 0] += 1
                        }
                    }
                    #expect(rated == counts, "\(person.accessRole) \(group): the people add up to the row")
                    for entry in people {
                        let hasLevel = (entry["levels"] as? [[String: Any]] ?? []).contains { $0["level"] is Double }
                        #expect(entry["rated"] as? Bool == hasLevel, "\(person.accessRole) \(group): rated says whether levels exist")
                    }
                    rowsChecked += 1
                }
            }
            #expect(rowsChecked >= 6, "a manager's own row, a market team's cities, the leader's markets")
        }
    }

    /// A participant deactivated before anyone rated them is no longer someone to assess: out of
    /// the page's and the API's "in scope" and out of the row's list of people not rated.
    @Test func aDeactivatedUnratedParticipantLeavesTheScopeOnThePageAndInTheAPI() async throws {
        try await withServer { server in
            // setup
            let store = try await CompetenceAPITests.seed(server)
            let demo = server.demo
            let manager = demo.logins.manager
            let team = try #require(manager.teamID)
            let sellers = demo.people.filter { $0.teamID == team && $0.jobRole.isSellingRole && $0.isActive }
            let framework = try #require(try await store.cycleSummaries().first).framework
            let cycle = try await store.openCycle(
                name: "Autumn review", framework: framework, participants: sellers.map(\.id), actor: demo.logins.leader.id, at: server.clock.now)
            let leaving = try #require(sellers.first)
            _ = try await Directory(database: server.app.db, organizationID: demo.organization.id)
                .setActive(person: leaving.id, false, actor: nil, at: server.clock.now)
            let token = try await server.token(for: manager)
            let browser = TestBrowser(server)
            try #require(try await browser.signIn(manager.email).status == .ok)

            // MUT
            let api = try await server.api(.GET, "/api/v1/competence/cycles/\(cycle.id)/heatmap?jobRole=all", token: token)
            let page = try await browser.get("/competence/cycles/\(cycle.id)/heatmap?jobRole=all")
            let people = try await server.api(.GET, "/api/v1/competence/cycles/\(cycle.id)/heatmap/people?group=team:\(team)", token: token)
            let peoplePage = try await browser.get("/competence/cycles/\(cycle.id)/people?group=team:\(team)")

            // validate
            try #require(api.status == .ok && page.status == .ok && people.status == .ok && peoplePage.status == .ok)
            let groups = try #require(try api.json()["groups"] as? [[String: Any]])
            #expect(groups.reduce(0) { $0 + ($1["inScope"] as? Int ?? 0) } == sellers.count - 1)
            #expect(page.text.contains(">\(sellers.count - 1) in scope<"))
            let listed = try #require(try people.json()["people"] as? [[String: Any]]).compactMap { ($0["personID"] as? String)?.lowercased() }
            #expect(listed.count == sellers.count - 1)
            #expect(!listed.contains(leaving.id.description.lowercased()))
            #expect(!peoplePage.text.contains("id=\"person-\(leaving.id)"))
        }
    }

    @Test func emptyFiltersCountAsAbsentAndABadTeamIdNamesItsField() async throws {
        try await withServer { server in
            let store = try await CompetenceAPITests.seed(server)
            let cycle = try #require(try await store.cycleSummaries().first { $0.status == .closed })
            let leader = try await server.token(for: server.demo.logins.leader)
            let path = "/api/v1/competence/cycles/\(cycle.id)/heatmap"
            let plain = try await server.api(.GET, path, token: leader)
            let empty = try await server.api(.GET, path + "?rows=&team=&jobRole=&adjust=", token: leader)
            #expect(empty.status == .ok)
            #expect(empty.body == plain.body)
            let bad = try await server.api(.GET, path + "?team=nonsense", token: leader)
            #expect(bad.status == .badRequest)
            #expect(bad.error?.field == "team")
        }
    }
}
