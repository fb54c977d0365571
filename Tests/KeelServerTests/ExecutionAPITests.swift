import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// Activities, the review list and the execution rules through real HTTP (issue 13, item 17):
/// the plan page's and the team page's questions and writes, with their checks, every problem
/// named at once, within each caller's reach.
@Suite(.serialized) struct ExecutionAPITests {
    /// A seller of the manager's team other than the seller login, able to sign in.
    static func teammate(_ server: TestServer) async throws -> Person {
        let manager = server.demo.logins.manager
        let teammate = try #require(server.demo.people.first {
            $0.teamID == manager.teamID && $0.accessRole == .seller && $0.id != server.demo.logins.seller.id
        })
        try await Accounts(database: server.app.db).setPasswordHash(
            try await server.app.password.async.hash(TestServer.password), for: teammate.id, at: server.clock.now)
        return teammate
    }

    /// `ActivityLimits` at their boundaries, as the CSV import and the log itself apply them:
    /// every limit broken at once is reported at once, each at the body's own field name.
    @Test func theActivityLimitsApplyAtTheirBoundaries() async throws {
        try await withServer { server in
            let token = try await server.token(for: server.demo.logins.seller)
            let english = Localizer(.english)

            // MUT
            let refused = try await server.api(.POST, "/api/v1/activities", token: token, json: [
                "type": "call", "planned": "2100-01-01", "minutes": 1_441, "subject": String(repeating: "x", count: 501),
            ])
            // validate
            #expect(refused.status == .unprocessableEntity)
            #expect(try refused.problemFields() == ["planned", "minutes", "subject"])
            let messages = try (refused.json()["problems"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
            #expect(messages == [
                english(Problem(.activityDateOutOfRange, ["value": "2100", "first": "2000", "last": "2099"])),
                english(Problem(.activityDurationOutOfRange, ["value": "1441", "minimum": "0", "maximum": "1440"])),
                english(Problem(.textTooLong, ["maximum": "500"])),
            ])
            let negative = try await server.api(.POST, "/api/v1/activities", token: token, json: ["type": "call", "planned": "2026-01-06", "minutes": -1])
            #expect(negative.status == .unprocessableEntity)
            #expect(try negative.problemFields() == ["minutes"])

            let atTheLimits = try await server.api(.POST, "/api/v1/activities", token: token, json: [
                "type": "call", "planned": "2099-12-31", "minutes": 1_440, "subject": String(repeating: "x", count: 500),
            ])
            #expect(atTheLimits.status == .created)
            let none = try await server.api(.POST, "/api/v1/activities", token: token, json: ["type": "call", "planned": "2026-01-06", "minutes": 0])
            #expect(none.status == .created)
        }
    }

    @Test func aSellerLogsReplansAndFinishesTheirOwnWork() async throws {
        try await withServer { server in
            let seller = server.demo.logins.seller
            let token = try await server.token(for: seller)
            let manager = try await server.token(for: server.demo.logins.manager)

            // Every problem of the log form at once, at its field names.
            let refused = try await server.api(.POST, "/api/v1/activities", token: token, json: [
                "type": " ", "planned": "tomorrow", "minutes": 5000, "subject": String(repeating: "x", count: 501),
            ])
            #expect(refused.status == .unprocessableEntity)
            #expect(try refused.problemFields() == ["type", "planned", "minutes", "subject"])
            let ancient = try await server.api(.POST, "/api/v1/activities", token: token, json: [
                "type": "call", "planned": "0672-10-10", "minutes": 0,
            ])
            #expect(ancient.status == .unprocessableEntity)
            #expect(try ancient.problemFields() == ["planned"])
            let unknownField = try await server.api(.POST, "/api/v1/activities", token: token, json: ["type": "call", "plannedDate": "2026-01-06"])
            #expect(unknownField.status == .badRequest)
            #expect(unknownField.error?.field == "plannedDate")

            let logged = try await server.api(.POST, "/api/v1/activities", token: token, json: [
                "type": "prospecting", "planned": "2026-01-06", "minutes": 45, "subject": "Ring Fjordline",
            ])
            #expect(logged.status == .created)
            let activity = try logged.json()
            let id = try #require(activity["id"] as? String).lowercased()
            #expect(logged.headers.first(name: .location) == "/api/v1/activities/\(id)")
            #expect(activity["planned"] as? String == "2026-01-06")
            #expect(activity["status"] as? String == "open")
            #expect(activity["ownerID"] as? String == seller.id.rawValue.uuidString)

            // The plan: by default the weeks of the plan page, the new activity among them.
            let plan = try await server.api(.GET, "/api/v1/activities", token: token).json()
            #expect(plan["from"] as? String == "2025-W50" && plan["to"] as? String == "2026-W03")
            #expect((plan["items"] as? [[String: Any]])?.contains { ($0["id"] as? String)?.lowercased() == id } == true)
            #expect(plan["total"] as? Int == 1)
            let outside = try await server.api(.GET, "/api/v1/activities?from=2026-W10&to=2026-W12", token: token).json()
            #expect(outside["total"] as? Int == 0)
            #expect(try await server.api(.GET, "/api/v1/activities?from=2026-W12&to=2026-W10", token: token).status == .badRequest)
            #expect(try await server.api(.GET, "/api/v1/activities?limit=0", token: token).status == .unprocessableEntity)

            // No reason is assumed: leaving it out is refused naming the field, as is a reason not in the catalog.
            let noReason = try await server.api(.POST, "/api/v1/activities/\(id)/postponements", token: token, json: ["action": "move", "to": "2026-01-09"])
            #expect(noReason.status == .unprocessableEntity)
            #expect(try noReason.problemFields() == ["reason"])
            let nothing = try await server.api(.POST, "/api/v1/activities/\(id)/postponements", token: token, json: [String: Any]())
            #expect(try nothing.problemFields() == ["reason", "action"])
            let unknown = try await server.api(.POST, "/api/v1/activities/\(id)/postponements", token: token,
                                               json: ["action": "move", "to": "2026-01-09", "reason": "felt_like_it"])
            #expect(unknown.status == .unprocessableEntity)
            #expect(try unknown.problemFields() == ["reason"])
            let backwards = try await server.api(.POST, "/api/v1/activities/\(id)/postponements", token: token,
                                                 json: ["action": "move", "to": "2026-01-02", "reason": "customer_rescheduled"])
            #expect(try backwards.problemFields() == ["to"])

            // Only the owner re-plans: their manager hears of no such activity.
            let foreign = try await server.api(.POST, "/api/v1/activities/\(id)/postponements", token: manager,
                                               json: ["action": "drop", "reason": "customer_rescheduled"])
            #expect(foreign.status == .notFound)
            #expect(try await server.api(.POST, "/api/v1/activities/\(id)/done", token: manager).status == .notFound)

            let moved = try await server.api(.POST, "/api/v1/activities/\(id)/postponements", token: token,
                                             json: ["action": "move", "to": "2026-01-09", "reason": "customer_rescheduled"])
            #expect(moved.status == .created)
            let after = try moved.json()
            #expect(after["planned"] as? String == "2026-01-09")
            let history = try #require(after["postponements"] as? [[String: Any]])
            #expect(history.count == 1)
            #expect(history.first?["from"] as? String == "2026-01-06" && history.first?["movedTo"] as? String == "2026-01-09")
            #expect(history.first?["reasonName"] as? String == "Customer rescheduled")

            let done = try await server.api(.POST, "/api/v1/activities/\(id)/done", token: token)
            #expect(done.status == .ok)
            #expect(try done.json()["status"] as? String == "done")
            #expect(try await server.api(.POST, "/api/v1/activities/\(id)/done", token: token).status == .conflict)
            let late = try await server.api(.POST, "/api/v1/activities/\(id)/postponements", token: token,
                                            json: ["action": "drop", "reason": "customer_rescheduled"])
            #expect(late.status == .conflict)

            // The web plan shows what the API wrote: the same store question.
            let browser = TestBrowser(server)
            try await browser.signIn(seller.email)
            #expect(try await browser.get("/activities").text.contains("Ring Fjordline"))
        }
    }

    @Test func aSellerNeverSeesAnotherSellersActivitiesAndAManagerSeesTheirTeams() async throws {
        try await withServer { server in
            let seller = server.demo.logins.seller
            let teammate = try await Self.teammate(server)
            let team = try #require(server.demo.logins.manager.teamID)
            let log = ActivityLog(database: server.app.db, organizationID: server.demo.organization.id)
            for owner in [seller, teammate] {
                _ = try await log.log(.init(type: .call, plannedDate: server.clock.now, durationMinutes: 30), owner: owner.id, actor: owner.id, at: server.clock.now)
            }
            let sellerToken = try await server.token(for: seller)
            let own = try await server.api(.GET, "/api/v1/activities", token: sellerToken).json()
            #expect((own["items"] as? [[String: Any]])?.map { $0["ownerID"] as? String } == [seller.id.rawValue.uuidString])
            #expect(try await server.api(.GET, "/api/v1/activities?person=\(teammate.id)", token: sellerToken).status == .notFound)
            #expect(try await server.api(.GET, "/api/v1/activities?team=\(team)", token: sellerToken).status == .notFound)
            #expect(try await server.api(.GET, "/api/v1/activities?person=\(teammate.id)&team=\(team)", token: sellerToken).status == .badRequest)
            #expect(try await server.api(.GET, "/api/v1/activities?person=nobody", token: sellerToken).status == .badRequest)

            let manager = try await server.token(for: server.demo.logins.manager)
            let theirs = try await server.api(.GET, "/api/v1/activities?person=\(teammate.id)", token: manager).json()
            #expect((theirs["items"] as? [[String: Any]])?.map { $0["ownerID"] as? String } == [teammate.id.rawValue.uuidString])
            let teams = try await server.api(.GET, "/api/v1/activities?team=\(team)&limit=1", token: manager).json()
            #expect(teams["total"] as? Int == 2)
            #expect((teams["items"] as? [Any])?.count == 1)
            let second = try await server.api(.GET, "/api/v1/activities?team=\(team)&limit=1&offset=1", token: manager).json()
            #expect((second["items"] as? [[String: Any]])?.first?["id"] as? String != (teams["items"] as? [[String: Any]])?.first?["id"] as? String)
        }
    }

    @Test func theReviewListPutsUnreviewedFirstAndAChangedVerdictIsAudited() async throws {
        try await withServer { server in
            let seller = server.demo.logins.seller
            let teammate = try await Self.teammate(server)
            let team = try #require(server.demo.logins.manager.teamID)
            let log = ActivityLog(database: server.app.db, organizationID: server.demo.organization.id)
            var postponements: [Person.ID: Postponement.ID] = [:]
            for (owner, reason) in [(seller, "customer_rescheduled"), (teammate, "no_time")] {
                let activity = try await log.log(.init(type: .call, plannedDate: server.clock.now, durationMinutes: 30),
                                                 owner: owner.id, actor: owner.id, at: server.clock.now)
                server.clock.advance(by: 60)
                postponements[owner.id] = try await log.postpone(activity.id, to: nil, reason: ReasonCode(reason), actor: owner.id, at: server.clock.now).id
            }
            let sellers = try #require(postponements[seller.id])
            let teammates = try #require(postponements[teammate.id])
            let manager = try await server.token(for: server.demo.logins.manager)

            #expect(try await server.api(.GET, "/api/v1/postponements", token: try await server.token(for: seller)).status == .forbidden)
            let list = try await server.api(.GET, "/api/v1/postponements?team=\(team)", token: manager).json()
            #expect(list["total"] as? Int == 2 && list["unreviewed"] as? Int == 2)
            // Newest first among the unreviewed.
            #expect((list["items"] as? [[String: Any]])?.map { ($0["id"] as? String)?.lowercased() } == [teammates.description, sellers.description])

            // A verdict must be chosen, and a known one.
            let none = try await server.api(.PUT, "/api/v1/postponements/\(sellers)/review", token: manager, json: ["note": "?"])
            #expect(none.status == .unprocessableEntity)
            #expect(try none.problemFields() == ["verdict"])
            let wrong = try await server.api(.PUT, "/api/v1/postponements/\(sellers)/review", token: manager, json: ["verdict": "rejected"])
            #expect(try wrong.problemFields() == ["verdict"])

            let reviewed = try await server.api(.PUT, "/api/v1/postponements/\(sellers)/review", token: manager,
                                                json: ["verdict": "verified_obstacle", "note": "The customer moved it"])
            #expect(reviewed.status == .ok)
            #expect((try reviewed.json()["review"] as? [String: Any])?["verdict"] as? String == "verified_obstacle")

            // The reviewed one goes after the unreviewed, whatever its age.
            let again = try await server.api(.GET, "/api/v1/postponements?team=\(team)", token: manager).json()
            #expect(again["unreviewed"] as? Int == 1)
            #expect((again["items"] as? [[String: Any]])?.map { ($0["id"] as? String)?.lowercased() } == [teammates.description, sellers.description])
            let byReason = try await server.api(.GET, "/api/v1/postponements?reason=customer_rescheduled", token: manager).json()
            #expect((byReason["items"] as? [[String: Any]])?.map { ($0["id"] as? String)?.lowercased() } == [sellers.description])
            let byPerson = try await server.api(.GET, "/api/v1/postponements?person=\(teammate.id)&limit=1", token: manager).json()
            #expect(byPerson["total"] as? Int == 1)

            // A changed verdict replaces the first; the audit log keeps both.
            let changed = try await server.api(.PUT, "/api/v1/postponements/\(sellers)/review", token: manager, json: ["verdict": "accepted_excuse"])
            #expect((try changed.json()["review"] as? [String: Any])?["verdict"] as? String == "accepted_excuse")
            let admin = try await server.token(for: server.demo.logins.admin)
            let events = try await server.api(.GET, "/api/v1/audit-events?kind=postponement", token: admin).json()
            let verdicts = (events["items"] as? [[String: Any]] ?? [])
                .filter { ($0["entityID"] as? String)?.lowercased() == sellers.description && $0["action"] as? String == "reviewed" }
                .compactMap { $0["changes"] as? [String: Any] }.compactMap { $0["verdict"] as? [String: Any] }
            #expect(verdicts.count == 2)
            #expect(verdicts.contains { $0["old"] as? String == "verified_obstacle" && $0["new"] as? String == "accepted_excuse" })

            // The web's team page asks the same question: the review list there, unreviewed first.
            let browser = TestBrowser(server)
            try await browser.signIn(server.demo.logins.manager.email)
            let page = try await browser.get("/teams/\(team)").text
            let rows = page.matches(of: /data-postponement-id="([0-9A-Fa-f-]{36})"/).map { String($0.1).lowercased() }
            #expect(rows == [teammates.description, sellers.description])
        }
    }

    @Test func theRulesAreReadByEveryoneAndChangedByLeadershipWithThePagesChecks() async throws {
        try await withServer { server in
            let seller = try await server.token(for: server.demo.logins.seller)
            let leader = try await server.token(for: server.demo.logins.leader)
            let catalog = try await server.api(.GET, "/api/v1/reasons", token: seller).json()
            var reasons = try #require(catalog["reasons"] as? [[String: Any]])
            #expect(reasons.contains { $0["code"] as? String == "customer_rescheduled" })

            // Every badly written code and every breach of the catalog's own rules at once.
            let badCodes = try await server.api(.PUT, "/api/v1/reasons", token: leader, json: ["reasons": [
                ["code": "Waiting For Legal", "names": ["en": "Legal"], "reasonClass": "obstacle"],
                ["code": "ok_code", "names": ["en": "Fine"], "reasonClass": "obstacle"],
                ["code": "bad-code", "names": ["xx": "Nope"], "reasonClass": "sometimes"],
            ]])
            #expect(badCodes.status == .unprocessableEntity)
            // The catalog's own rules are checked beside the codes: a name in no known language is no name.
            #expect(try badCodes.problemFields()
                == ["reasons[2].names.xx", "reasons[2].reasonClass", "reasons[0].code", "reasons[2].code", "reasons[2].names"])
            let duplicate = try await server.api(.PUT, "/api/v1/reasons", token: leader, json: ["reasons": reasons + [reasons[0]]])
            #expect(try duplicate.problemFields() == ["reasons[\(reasons.count)].code"])

            // A reason postponements use cannot be removed: it is retired instead.
            let log = ActivityLog(database: server.app.db, organizationID: server.demo.organization.id)
            let owner = server.demo.logins.seller
            let activity = try await log.log(.init(type: .call, plannedDate: server.clock.now, durationMinutes: 30), owner: owner.id, actor: owner.id, at: server.clock.now)
            _ = try await log.postpone(activity.id, to: nil, reason: ReasonCode("customer_rescheduled"), actor: owner.id, at: server.clock.now)
            let withoutUsed = reasons.filter { $0["code"] as? String != "customer_rescheduled" }
            #expect(try await server.api(.PUT, "/api/v1/reasons", token: leader, json: ["reasons": withoutUsed]).status == .conflict)
            reasons.append(["code": "waiting_for_legal", "names": ["en": "Waiting for legal", "sv": "Väntar på juristerna"], "reasonClass": "obstacle"])
            #expect(try await server.api(.PUT, "/api/v1/reasons", token: seller, json: ["reasons": reasons]).status == .forbidden)
            let saved = try await server.api(.PUT, "/api/v1/reasons", token: leader, json: ["reasons": reasons])
            #expect(saved.status == .ok)
            let reread = try await server.api(.GET, "/api/v1/reasons", token: seller).json()
            #expect((reread["reasons"] as? [[String: Any]])?.contains { $0["code"] as? String == "waiting_for_legal" && $0["isActive"] as? Bool == true } == true)

            // Work categories: every unknown category and the missing fallback at once.
            let categories = try await server.api(.PUT, "/api/v1/work-categories", token: leader, json: [
                "categoryByType": ["call": "sales", "demo": "nope", "email": "selling"],
            ])
            #expect(categories.status == .unprocessableEntity)
            #expect(try categories.problemFields() == ["categoryByType.call", "categoryByType.demo", "unmappedCategory"])
            let rules = try await server.api(.PUT, "/api/v1/work-categories", token: leader, json: [
                "categoryByType": ["call": "selling", "crm_admin": "internal", "travel_admin": ""], "unmappedCategory": "internal",
            ])
            #expect(rules.status == .ok)
            let readBack = try await server.api(.GET, "/api/v1/work-categories", token: seller).json()
            #expect(readBack["categoryByType"] as? [String: String] == ["call": "selling", "crm_admin": "internal"])
            #expect(readBack["unmappedCategory"] as? String == "internal")

            // Analysis rules: leadership's alone, both checked before either is stored.
            #expect(try await server.api(.GET, "/api/v1/analysis-rules", token: seller).status == .forbidden)
            let before = try await server.api(.GET, "/api/v1/analysis-rules", token: leader).json()
            let wrong = try await server.api(.PUT, "/api/v1/analysis-rules", token: leader, json: [
                "pressure": ["highLoadThreshold": 0, "defaultHours": 40,
                             "overrides": [["personID": UUID().uuidString, "week": "week 14", "hours": 20]]],
                "stall": ["percentile": 1.5, "minimumWonDeals": 5],
            ])
            #expect(wrong.status == .unprocessableEntity)
            #expect(try wrong.problemFields() == ["pressure.overrides[0].personID", "pressure.overrides[0].week", "pressure.highLoadThreshold", "stall.percentile"])
            #expect(try await server.api(.GET, "/api/v1/analysis-rules", token: leader).json() as NSDictionary == before as NSDictionary)
            let someone = server.demo.logins.seller.id
            let changed = try await server.api(.PUT, "/api/v1/analysis-rules", token: leader, json: [
                "pressure": ["highLoadThreshold": 1.2, "defaultHours": 38, "overrides": [["personID": someone.description, "week": "2026-W14", "hours": 20]]],
                "stall": ["percentile": 0.8, "minimumWonDeals": 4],
            ])
            #expect(changed.status == .ok)
            let stored = try await OrganizationSettings(database: server.app.db, organizationID: server.demo.organization.id).pressurePolicy()
            #expect(stored.highLoadThreshold == 1.2)
            #expect(stored.capacity.overrides == [WeeklyCapacity.Override(personID: someone, week: ISOWeek("2026-W14"), hours: 20)])
            let stall = try await server.api(.GET, "/api/v1/analysis-rules", token: leader).json()["stall"] as? [String: Any]
            #expect(stall?["percentile"] as? Double == 0.8 && stall?["minimumWonDeals"] as? Int == 4)

            // The deal stage order: in every answer, changed only when a PUT names it, refused whole when a stage repeats.
            let stageRules = try await server.api(.GET, "/api/v1/analysis-rules", token: leader).json()
            #expect(stageRules["stages"] as? [String] == ["prospecting", "qualification", "proposal", "negotiation"])
            let body: [String: Any] = [
                "pressure": ["highLoadThreshold": 1.2, "defaultHours": 38], "stall": ["percentile": 0.8, "minimumWonDeals": 4],
            ]
            let twice = try await server.api(.PUT, "/api/v1/analysis-rules", token: leader,
                                             json: body.merging(["stages": ["Prospecting", "engaging", "prospecting"]]) { $1 })
            #expect(twice.status == .conflict, "a stage listed twice is a duplicate, as everywhere in the API")
            #expect(try twice.problemFields() == ["stages[2]"])
            let ordered = try await server.api(.PUT, "/api/v1/analysis-rules", token: leader,
                                               json: body.merging(["stages": ["Prospecting", "engaging", "proposal"]]) { $1 })
            #expect(ordered.status == .ok)
            #expect(try ordered.json()["stages"] as? [String] == ["prospecting", "engaging", "proposal"])
            let settings = OrganizationSettings(database: server.app.db, organizationID: server.demo.organization.id)
            #expect(try await settings.dealPipeline().stages == ["prospecting", "engaging", "proposal"])
        }
    }
}
