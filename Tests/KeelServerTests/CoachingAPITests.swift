import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// Coaching through real HTTP: a session's whole life as the contract describes it, within each
/// caller's reach; bad bodies refused with every problem named; private notes never leave the coach.
@Suite(.serialized) struct CoachingAPITests {
    static func seed(_ server: TestServer) async throws {
        try await DiagnosisAPITests.seed(server)
        let spec = try DemoExecutionSpec.weeks(26, endingBefore: server.clock.now, seed: 11, calendar: .stockholm).validated()
        try await CoachingSeeding(database: server.app.db, organizationID: server.demo.organization.id)
            .storeDemo(for: server.demo, execution: DemoExecutionGenerator(server.demo, spec: spec).patterns, seed: 11, now: server.clock.now)
    }

    @Test func aManagerPlansFollowsUpAndCompletesASessionAndTheSellerSeesTheirNextSteps() async throws {
        try await withServer { server in
            try await Self.seed(server)
            let manager = try await server.token(for: server.demo.logins.manager)
            let seller = server.demo.logins.seller
            let sellerToken = try await server.token(for: seller)
            let today = WeekCalendar.stockholm.day(containing: server.clock.now)

            // The coaching screen for the manager's team: the store's sellers, each with a suggestion or none.
            let team = try #require(server.demo.logins.manager.teamID)
            let overview = try await server.api(.GET, "/api/v1/coaching?scope=team:\(team)", token: manager)
            #expect(overview.status == .ok)
            let body = try overview.json()
            #expect(body["viewerCoaches"] as? Bool == true)
            let store = try await CoachingStore.of(database: server.app.db, organizationID: server.demo.organization.id)
            let policy = AccessPolicy(viewer: Viewer(server.demo.logins.manager), hierarchy: TeamHierarchy(server.demo.teams))
            let expected = try await store.overview(
                .lastWholeMonths(scope: .team(team), asOf: server.clock.now, calendar: .stockholm), for: policy)
            #expect((body["sellers"] as? [[String: Any]])?.map { $0["id"] as? String } == expected.sellers.map(\.id.rawValue.uuidString))

            // Plan, then complete: the open steps from the demo year must be followed up, and a next step agreed.
            let planned = try await server.api(.POST, "/api/v1/coaching/sessions", token: manager, json: [
                "sellerID": seller.id.description, "type": "follow_up", "scheduledAt": "2026-01-07T09:00:00Z", "durationMinutes": 45,
                "focus": ["kind": "activity_type", "reference": "call"],
            ])
            #expect(planned.status == .created)
            let session = try #require(try planned.json()["id"] as? String)
            #expect(planned.headers.first(name: .location) == "/api/v1/coaching/sessions/\(session.lowercased())")
            let screen = try await server.api(.GET, "/api/v1/coaching/sessions/\(session)", token: manager).json()
            let open = try #require(screen["toFollowUp"] as? [[String: Any]])
            #expect((screen["agenda"] as? [String])?.count == 4)
            #expect((screen["linked"] as? [String: Any])?["kind"] as? String == "activity_type")

            let refused = try await server.api(.POST, "/api/v1/coaching/sessions/\(session)/completion", token: manager, json: [
                "reviews": [[String: Any]](), "nextSteps": [["text": "Call back", "ownerID": seller.id.description, "due": "2025-12-01"]],
            ])
            #expect(refused.status == .unprocessableEntity)
            let fields = try refused.problemFields()
            #expect(fields.contains("nextSteps[0].due"))
            #expect(fields.filter { $0.hasPrefix("reviews.") }.count == open.count, "every open step not followed up is named")

            let completed = try await server.api(.POST, "/api/v1/coaching/sessions/\(session)/completion", token: manager, json: [
                "notes": "Calls are back on track", "privateNotes": "Ask about the workload",
                "reviews": open.map { ["itemID": $0["id"] as! String, "outcome": "done"] },
                "nextSteps": [["text": "Twenty calls by Friday", "ownerID": seller.id.description, "due": today.adding(days: 4).description]],
            ])
            #expect(completed.status == .ok)
            #expect(try completed.json()["privateNotes"] as? String == "Ask about the workload")

            // The seller: their sessions without private notes, their one open step, marked done.
            let sessions = try await server.api(.GET, "/api/v1/coaching/sessions", token: sellerToken).jsonArray()
            #expect(sessions.contains { $0["id"] as? String == session })
            #expect(sessions.allSatisfy { $0["privateNotes"] == nil })
            #expect(!(try await server.api(.GET, "/api/v1/coaching/sessions/\(session)", token: sellerToken).text.contains("workload")))
            let items = try await server.api(.GET, "/api/v1/coaching/action-items", token: sellerToken).jsonArray()
            #expect(items.map { $0["text"] as? String } == ["Twenty calls by Friday"])
            let done = try await server.api(.PUT, "/api/v1/coaching/action-items/\(items[0]["id"] as! String)/status", token: sellerToken, json: ["status": "done"])
            #expect(done.status == .ok)
            #expect(try done.json()["status"] as? String == "done")
            let start = try await server.api(.GET, "/api/v1/where-to-act", token: sellerToken).json()
            #expect(((start["coaching"] as? [String: Any])?["commitments"] as? [Any])?.isEmpty == true)

            // A leader reads the rhythm, never the session.
            let leader = try await server.token(for: server.demo.logins.leader)
            #expect(try await server.api(.GET, "/api/v1/coaching/sessions/\(session)", token: leader).status == .notFound)
            #expect(try await server.api(.GET, "/api/v1/coaching", token: leader).status == .ok)
        }
    }

    @Test func aWideScopesRhythmIsListedAPageAtATimeFromOneDecisionWithinEachCallersReach() async throws {
        try await withServer(wideScreens: .init(maxAge: 600, minimumSellers: 1)) { server in
            try await Self.seed(server)
            let leader = try await server.token(for: server.demo.logins.leader)
            let first = try await server.api(.GET, "/api/v1/coaching?scope=organization&limit=4", token: leader).json()
            let total = try #require(first["sellerCount"] as? Int)
            #expect(total == server.demo.people.filter { $0.accessRole == .seller && $0.isActive }.count)
            #expect((first["sellers"] as? [Any])?.count == 4)
            #expect(((first["total"] as? [String: Any])?["sellers"] as? Int) == total, "the tally is the whole scope's")
            let decidedAt = try #require(first["decidedAt"] as? String)
            let second = try await server.api(.GET, "/api/v1/coaching?scope=organization&limit=4&offset=4", token: leader).json()
            #expect(second["decidedAt"] as? String == decidedAt)
            let ids = { (body: [String: Any]) in (body["sellers"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }
            #expect(Set(ids(first)).isDisjoint(with: ids(second)))

            let manager = try await server.token(for: server.demo.logins.manager)
            #expect(try await server.api(.GET, "/api/v1/coaching?scope=organization", token: manager).status == .forbidden)
            #expect(try await server.api(.GET, "/api/v1/coaching?scope=organization&limit=1001", token: leader).status == .unprocessableEntity)
        }
    }

    @Test func aPrivateCalendarLinkListsTheSessionsAndStepsUntilRevoked() async throws {
        try await withServer { server in
            try await Self.seed(server)
            let seller = server.demo.logins.seller
            let token = try await server.token(for: seller)
            #expect(try await server.api(.GET, "/api/v1/calendar-feed", token: token).json()["live"] as? Bool == false)
            let created = try await server.api(.POST, "/api/v1/calendar-feed", token: token)
            #expect(created.status == .created)
            let url = try #require(try created.json()["url"] as? String)
            let path = try #require(URL(string: url)?.path)
            #expect(path.hasPrefix("/calendar/") && path.hasSuffix(".ics"))

            let feed = try await server.send(.GET, path)
            #expect(feed.status == .ok)
            #expect(feed.headers.contentType?.subType == "calendar")
            let lines = feed.text.components(separatedBy: "\r\n")
            #expect(lines.first == "BEGIN:VCALENDAR")
            let store = try await CoachingStore.of(database: server.app.db, organizationID: server.demo.organization.id)
            let (sessions, items, _) = try await store.calendar(of: seller, asOf: server.clock.now)
            #expect(!sessions.isEmpty && !items.isEmpty)
            #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == sessions.count)
            #expect(lines.filter { $0 == "BEGIN:VTODO" }.count == items.count)
            #expect(lines.contains("UID:\(sessions[0].id)@keel"))

            // A second link replaces the first; a revoked link says so; a made-up one is unknown.
            let second = try #require(try await server.api(.POST, "/api/v1/calendar-feed", token: token).json()["url"] as? String)
            #expect(try await server.send(.GET, path).status == .gone)
            #expect(try await server.send(.GET, try #require(URL(string: second)?.path)).status == .ok)
            #expect(try await server.api(.DELETE, "/api/v1/calendar-feed", token: token).status == .noContent)
            #expect(try await server.send(.GET, try #require(URL(string: second)?.path)).status == .gone)
            #expect(try await server.send(.GET, "/calendar/not-a-token.ics").status == .notFound)
        }
    }

    @Test func badBodiesAreRefusedNamingEveryField() async throws {
        try await withServer { server in
            let manager = try await server.token(for: server.demo.logins.manager)
            let plan = try await server.api(.POST, "/api/v1/coaching/sessions", token: manager, json: [
                "sellerID": server.demo.logins.seller.id.description, "type": "massage", "scheduledAt": "2026-01-07T09:00:00Z",
                "durationMinutes": 0, "focus": ["kind": "horoscope", "reference": "x"],
            ])
            #expect(plan.status == .unprocessableEntity)
            #expect(try plan.problemFields() == ["type", "focus.kind"])

            let duration = try await server.api(.POST, "/api/v1/coaching/sessions", token: manager, json: [
                "sellerID": server.demo.logins.seller.id.description, "type": "deal", "scheduledAt": "2026-01-07T09:00:00Z", "durationMinutes": 0,
                "focus": ["kind": "competency", "reference": UUID().uuidString],
            ])
            #expect(try duration.problemFields() == ["durationMinutes", "focus", "focus"], "out of range, not for deal coaching, and no such competency")

            let policy = try await server.api(.PUT, "/api/v1/coaching/cadence-policy", token: try await server.token(for: server.demo.logins.leader),
                                              json: ["minimumPerMonth": 0, "maximumPerMonth": 3, "maximumDaysBetween": 200])
            #expect(policy.status == .unprocessableEntity)
            #expect(try await server.api(.GET, "/api/v1/coaching/sessions/\(UUID())", token: manager).status == .notFound)
            #expect(try await server.api(.GET, "/api/v1/coaching/sessions/not-an-id", token: manager).status == .notFound)
        }
    }
}

extension TestServer.Exchange {
    /// The body as a JSON array of objects.
    func jsonArray() throws -> [[String: Any]] {
        try #require(JSONSerialization.jsonObject(with: body) as? [[String: Any]], "expected a JSON array, got \(text)")
    }

    /// The fields an API error names: every problem's when there are several, else the one.
    func problemFields() throws -> [String] {
        let object = try json()
        if let problems = object["problems"] as? [[String: Any]] { return problems.compactMap { $0["field"] as? String } }
        return [(object["error"] as? [String: Any])?["field"] as? String].compactMap { $0 }
    }
}
