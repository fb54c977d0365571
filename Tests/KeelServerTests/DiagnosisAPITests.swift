import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// The diagnosis through real HTTP: the store's answer as the contract describes it, within
/// each caller's reach; its thresholds and signal maps changed only whole and only when valid.
@Suite(.serialized) struct DiagnosisAPITests {
    static func seed(_ server: TestServer) async throws {
        let spec = try DemoExecutionSpec.weeks(26, endingBefore: server.clock.now, seed: 11, calendar: .stockholm).validated()
        try await ExecutionSeeding(database: server.app.db, organizationID: server.demo.organization.id)
            .store(DemoExecutionGenerator(server.demo, spec: spec), at: server.clock.now)
        try await CompetenceSeeding(database: server.app.db, organizationID: server.demo.organization.id)
            .storeDemo(for: server.demo, seed: 11, now: server.clock.now)
    }

    @Test func aManagerGetsTheStoresDiagnosisOfTheirTeamAndASellerOnlyTheirOwn() async throws {
        try await withServer { server in
            try await Self.seed(server)
            let manager = server.demo.logins.manager
            let team = try #require(manager.teamID)
            let weeks = "from=2025-W40&to=2025-W52"

            let response = try await server.api(.GET, "/api/v1/diagnosis?scope=team:\(team)&\(weeks)", token: try await server.token(for: manager))
            #expect(response.status == .ok)
            let body = try response.json()
            let store = try await DiagnosisStore.of(database: server.app.db, organizationID: server.demo.organization.id)
            let policy = AccessPolicy(viewer: Viewer(manager), hierarchy: TeamHierarchy(server.demo.teams))
            let expected = try await store.overview(
                DiagnosisQuery(scope: .team(team), weeks: ISOWeek(year: 2025, week: 40)!...ISOWeek(year: 2025, week: 52)!, asOf: server.clock.now),
                for: policy)
            let sellers = try #require(body["sellers"] as? [[String: Any]])
            #expect(sellers.map { $0["personID"] as? String } == expected.sellersByAttention.map(\.personID.rawValue.uuidString))
            #expect(!sellers.isEmpty)
            let firstAreas = try #require(sellers.first?["areas"] as? [[String: Any]])
            #expect(firstAreas.map { $0["verdict"] as? String } == expected.sellersByAttention.first?.areas.map(\.verdict.rawValue))
            #expect((body["basis"] as? [String: Any])?["cycleName"] as? String == expected.basis?.cycleName)
            #expect((body["areas"] as? [[String: Any]])?.first?["name"] as? String == "Prospecting")
            let distribution = try #require(body["distribution"] as? [[String: Any]])
            #expect(distribution.map { $0["key"] as? String } == AreaVerdict.allCases.map(\.rawValue))
            #expect(distribution.reduce(0) { $0 + ($1["count"] as? Int ?? 0) } == sellers.reduce(0) { $0 + (($1["areas"] as? [Any])?.count ?? 0) })

            let seller = try #require(server.demo.people.first { $0.teamID == team && $0.accessRole == .seller && $0.isActive })
            let sellerToken = try await server.token(for: seller)
            let own = try await server.api(.GET, "/api/v1/diagnosis?\(weeks)", token: sellerToken).json()
            #expect((own["sellers"] as? [[String: Any]])?.map { $0["personID"] as? String } == [seller.id.rawValue.uuidString])
            #expect(try await server.api(.GET, "/api/v1/diagnosis?scope=team:\(team)", token: sellerToken).status == .notFound)
            #expect(try await server.api(.GET, "/api/v1/diagnosis?scope=organization", token: sellerToken).status == .forbidden)
            let reversed = try await server.api(.GET, "/api/v1/diagnosis?from=2025-W52&to=2025-W40", token: sellerToken)
            #expect(reversed.status == .badRequest)
        }
    }

    @Test func aWideScopeIsListedAPageAtATimeDecidedOnceAndSharedWithinEachCallersReach() async throws {
        // Every scope of one seller or more counts as wide here, so the demo's organization is kept.
        try await withServer(wideScreens: .init(maxAge: 600, minimumSellers: 1)) { server in
            try await Self.seed(server)
            let leader = try await server.token(for: server.demo.logins.leader)
            let weeks = "from=2025-W40&to=2025-W52"
            let first = try await server.api(.GET, "/api/v1/diagnosis?scope=organization&\(weeks)&limit=5", token: leader).json()
            let total = try #require(first["sellerCount"] as? Int)
            #expect(total == server.demo.people.filter { $0.accessRole == .seller && $0.isActive }.count)
            #expect((first["sellers"] as? [Any])?.count == 5)
            #expect(first["offset"] as? Int == 0 && first["limit"] as? Int == 5)
            let decidedAt = try #require(first["decidedAt"] as? String)

            // The rest, page by page: every seller once, from the same decision.
            var seen = (first["sellers"] as? [[String: Any]] ?? []).compactMap { $0["personID"] as? String }
            while seen.count < total {
                let page = try await server.api(.GET, "/api/v1/diagnosis?scope=organization&\(weeks)&limit=5&offset=\(seen.count)", token: leader).json()
                #expect(page["decidedAt"] as? String == decidedAt)
                let ids = (page["sellers"] as? [[String: Any]] ?? []).compactMap { $0["personID"] as? String }
                if ids.isEmpty { break }
                seen += ids
            }
            #expect(Set(seen).count == total)
            #expect(try await server.api(.GET, "/api/v1/diagnosis?scope=organization&limit=0&offset=-1", token: leader).status == .unprocessableEntity)

            // The kept answer is never handed to someone who may not read the scope.
            let manager = try await server.token(for: server.demo.logins.manager)
            #expect(try await server.api(.GET, "/api/v1/diagnosis?scope=organization&\(weeks)", token: manager).status == .forbidden)
            #expect(try await server.api(.GET, "/api/v1/where-to-act?scope=organization&\(weeks)", token: manager).status == .forbidden)

            let start = try await server.api(.GET, "/api/v1/where-to-act?scope=organization&\(weeks)&limit=3", token: leader).json()
            #expect((start["sellers"] as? [Any])?.count == 3)
            #expect((start["diagnosis"] as? [String: Any])?["sellerCount"] as? Int == total)
            #expect((start["diagnosis"] as? [String: Any])?["decidedAt"] as? String != nil)

            // A change of the rules is seen at once: the kept answers are decided again.
            server.clock.advance(by: 60)
            let policy = try await server.api(.GET, "/api/v1/diagnosis/policy", token: leader).json()
            #expect(try await server.api(.PUT, "/api/v1/diagnosis/policy", token: leader, json: policy).status == .ok)
            let after = try await server.api(.GET, "/api/v1/diagnosis?scope=organization&\(weeks)&limit=5", token: leader).json()
            #expect(after["decidedAt"] as? String != decidedAt)
        }
    }

    @Test func aStartDecidesTheWideStartPagesAheadAndTheDiagnosisPageSharesTheirDiagnosis() async throws {
        try await withServer(wideScreens: .init(maxAge: 600, minimumSellers: 1)) { server in
            try await Self.seed(server)
            let warmedAt = server.clock.now
            // MUT
            await StartPageWarming.warm(on: server.app)
            server.clock.advance(by: 60)
            // validate: the leader's start page, as they open it, was decided at the start…
            let leader = try await server.token(for: server.demo.logins.leader)
            let start = try await server.api(.GET, "/api/v1/where-to-act", token: leader).json()
            let decidedAt = try #require((start["diagnosis"] as? [String: Any])?["decidedAt"] as? String)
            #expect(decidedAt == ISO8601DateFormatter().string(from: warmedAt))
            // …and the diagnosis page of that scope is the very same decision.
            let scope = try #require((start["diagnosis"] as? [String: Any])?["scope"] as? String)
            let diagnosis = try await server.api(.GET, "/api/v1/diagnosis?scope=\(scope)", token: leader).json()
            #expect(diagnosis["decidedAt"] as? String == decidedAt)
            // A manager's team is decided when asked, as before.
            let manager = try await server.token(for: server.demo.logins.manager)
            let team = try await server.api(.GET, "/api/v1/where-to-act", token: manager).json()
            #expect((team["diagnosis"] as? [String: Any])?["decidedAt"] as? String == ISO8601DateFormatter().string(from: server.clock.now))
        }
    }

    @Test func thresholdsAndSignalMapsAreRefusedWithEveryProblemAndKeptWhenValid() async throws {
        try await withServer { server in
            let leader = try await server.token(for: server.demo.logins.leader)
            let wrong: [String: Any] = [
                "tolerance": -1, "executionThreshold": 0, "minimumPlannedActivities": 0, "minimumDecidedDeals": 5,
                "structuralShare": 2, "stallShare": 0.5,
            ]
            let refused = try await server.api(.PUT, "/api/v1/diagnosis/policy", token: leader, json: wrong)
            #expect(refused.status == .unprocessableEntity)
            let problems = try #require(try refused.json()["problems"] as? [[String: Any]])
            #expect(Set(problems.compactMap { $0["field"] as? String }) == ["tolerance", "executionThreshold", "minimumPlannedActivities", "structuralShare"])
            #expect(try await server.api(.GET, "/api/v1/diagnosis/policy", token: leader).json()["tolerance"] as? Double == 0.5)

            var valid = wrong
            valid.merge(["tolerance": 1, "executionThreshold": 0.7, "minimumPlannedActivities": 6, "structuralShare": 0.6]) { $1 }
            #expect(try await server.api(.PUT, "/api/v1/diagnosis/policy", token: leader, json: valid).status == .ok)
            let stored = try await server.api(.GET, "/api/v1/diagnosis/policy", token: leader).json()
            #expect(stored["tolerance"] as? Double == 1)
            #expect(stored["minimumPlannedActivities"] as? Int == 6)
            let unknownField = try await server.api(.PUT, "/api/v1/diagnosis/policy", token: leader, json: valid.merging(["tolerence": 1]) { $1 })
            #expect(unknownField.status == .badRequest)

            try await CompetenceSeeding(database: server.app.db, organizationID: server.demo.organization.id)
                .storeDemo(for: server.demo, seed: 11, now: server.clock.now)
            let frameworks = try #require(try await server.api(.GET, "/api/v1/competence/frameworks", token: leader).json()["items"] as? [[String: Any]])
            let framework = try #require(frameworks.first { $0["key"] as? String == "nordic-b2b" })
            let path = "/api/v1/competence/frameworks/\(framework["id"] as? String ?? "")/versions/\(framework["version"] as? Int ?? 0)/signal-map"
            let shipped = try await server.api(.GET, path, token: leader).json()
            #expect((shipped["areas"] as? [[String: Any]])?.count == 8)

            let bad = try await server.api(.PUT, path, token: leader, json: ["areas": [
                ["area": "haggling", "activityTypes": ["call"]],
                ["area": "prospecting", "activityTypes": ["smoke_signals"], "stages": ["courtship"]],
            ]])
            #expect(bad.status == .unprocessableEntity)
            let badProblems = try #require(try bad.json()["problems"] as? [[String: Any]])
            #expect(badProblems.compactMap { $0["field"] as? String } == ["areas[0].area", "areas[1].activityTypes", "areas[1].stages"])
            #expect((try await server.api(.GET, path, token: leader).json()["areas"] as? [[String: Any]])?.count == 8)

            let saved = try await server.api(.PUT, path, token: leader, json: ["areas": [["area": "closing", "activityTypes": ["proposal"], "stages": ["negotiation"]]]])
            #expect(saved.status == .ok)
            let reread = try #require(try await server.api(.GET, path, token: leader).json()["areas"] as? [[String: Any]])
            #expect(reread.map { $0["area"] as? String } == ["closing"])
        }
    }

    @Test func whereToActRanksTheManagersSellersAndGivesASellerTheirWeek() async throws {
        try await withServer { server in
            try await Self.seed(server)
            let manager = server.demo.logins.manager
            let weeks = ISOWeek(year: 2025, week: 40)!...ISOWeek(year: 2025, week: 52)!
            let response = try await server.api(.GET, "/api/v1/where-to-act?from=\(weeks.lowerBound)&to=\(weeks.upperBound)", token: try await server.token(for: manager))
            #expect(response.status == .ok)
            let body = try response.json()
            let store = try await DiagnosisStore.of(database: server.app.db, organizationID: server.demo.organization.id)
            let expected = try await store.whereToAct(
                DiagnosisQuery(scope: .team(try #require(manager.teamID)), weeks: weeks, asOf: server.clock.now),
                for: AccessPolicy(viewer: Viewer(manager), hierarchy: TeamHierarchy(server.demo.teams)))
            let sellers = try #require(body["sellers"] as? [[String: Any]])
            #expect(sellers.map { $0["personID"] as? String } == expected.sellers.map(\.personID.rawValue.uuidString))
            #expect(sellers.map { $0["unreviewed"] as? Int } == expected.sellers.map(\.unreviewed))
            #expect(expected.sellers.contains { $0.unreviewed > 0 }, "the demo leaves postponements to review")

            let leader = try await server.api(.GET, "/api/v1/where-to-act?scope=organization", token: try await server.token(for: server.demo.logins.leader)).json()
            let markets = try #require(leader["markets"] as? [[String: Any]])
            #expect(Set(markets.compactMap { $0["name"] as? String }) == Set(server.demo.markets.map(\.name)))
            #expect(!(try #require(leader["teams"] as? [[String: Any]])).isEmpty)

            let seller = server.demo.logins.seller
            let own = try await server.api(.GET, "/api/v1/where-to-act", token: try await server.token(for: seller)).json()
            #expect((own["sellers"] as? [[String: Any]])?.map { $0["personID"] as? String } == [seller.id.rawValue.uuidString])
            #expect((own["teams"] as? [Any])?.isEmpty == true)
            #expect(own["dueThisWeek"] is [Any] && own["stalledDeals"] is [Any])
        }
    }
}
