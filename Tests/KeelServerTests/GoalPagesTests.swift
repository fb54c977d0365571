import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing

/// The goals and wins pages and API as each role uses them: a manager adds a goal under their
/// team's and is refused, in Swedish, a goal that would become its own ancestor; the seller
/// enters their own value and sees the progress move; a manager posts a win the seller reads.
@Suite(.serialized) struct GoalPagesTests {
    static func seed(_ server: TestServer) async throws -> DemoGoalsGenerator.Output {
        try await GoalSeeding(database: server.app.db, organizationID: server.demo.organization.id).storeDemo(for: server.demo, now: server.clock.now)
    }

    @Test func aManagerAddsAGoalAndIsRefusedACycleInSwedishWithNothingStored() async throws {
        try await withServer { server in
            let output = try await Self.seed(server)
            let manager = server.demo.logins.manager
            let teamGoal = try #require(output.goals.first { $0.owner == .team(manager.teamID!) && $0.measure?.kpi != nil })
            let child = try #require(output.goals.first { $0.parentID == teamGoal.id })
            let browser = TestBrowser(server)
            let start = try await browser.signIn(manager.email)
            #expect(start.text.contains("href=\"/goals\""), "the start page and the nav lead to the goals")

            let board = try await browser.get("/goals")
            #expect(board.status == .ok)
            #expect(board.text.contains("id=\"goal-\(teamGoal.id)\""))
            #expect(board.text.contains("id=\"goal-edit-\(teamGoal.id)\""))
            #expect(board.text.contains("id=\"goals-rule\""))

            // In Swedish: the team goal under its own child, a blank title, a due date before the start, a target of 0, a weight that is no number.
            _ = try await browser.post("/language", form: [("language", "sv"), ("returnTo", "/goals")])
            let form = try await browser.get("/goals/\(teamGoal.id)/edit")
            #expect(form.status == .ok)
            let refused = try await browser.post("/goals/\(teamGoal.id)", form: [
                ("title", " "), ("start", "2026-03-01"), ("due", "2026-02-01"), ("parentID", child.id.description), ("weight", "mycket"),
                ("measure", "won_deals"), ("target", "0"), ("unit", ""),
            ])
            #expect(refused.status == .unprocessableEntity)
            let swedish = Localizer(.swedish)
            for problem in [Problem(.valueRequired), Problem(.goalDueBeforeStart, ["start": "2026-03-01"]), Problem(.goalCycle), Problem(.goalTargetNotPositive),
                            Problem(.notANumber, ["value": "mycket"])] {
                #expect(refused.text.contains(Node.escape(swedish(problem))), "missing \(problem)")
            }
            #expect(refused.text.contains("id=\"error-parentID\"") && refused.text.contains("id=\"error-due\""))
            let store = try await GoalStore.of(database: server.app.db, organizationID: server.demo.organization.id)
            let policy = AccessPolicy(viewer: Viewer(manager), hierarchy: TeamHierarchy(server.demo.teams))
            #expect(try await store.entry(teamGoal.id, for: policy).goal == teamGoal, "nothing stored changed")

            // A new individual goal for the seller, under the team goal.
            let seller = server.demo.logins.seller
            let saved = try await browser.post("/goals", form: [
                ("owner", "person:\(seller.id)"), ("title", "Offerter skickade"), ("start", "2026-01-01"), ("due", "2026-03-31"),
                ("parentID", teamGoal.id.description), ("weight", "1,5"), ("measure", "manual"), ("target", "10"), ("unit", "offerter"),
            ])
            #expect(saved.status == .seeOther)
            let after = try await browser.follow(try #require(saved.headers.first(name: .location)))
            #expect(after.text.contains("Offerter skickade"))
            #expect(after.text.contains(Node.escape(swedish(.goalSavedNotice))))
            let added = try #require(try await store.board(for: policy).entries.first { $0.goal.title == "Offerter skickade" })
            #expect(added.goal.weight == 1.5, "a decimal comma reads as a decimal")

            // The seller enters their value and sees the progress.
            let sellerBrowser = TestBrowser(server)
            try await sellerBrowser.signIn(seller.email)
            let entered = try await sellerBrowser.post("/goals/\(added.goal.id)/value", form: [("value", "4")])
            #expect(entered.status == .seeOther)
            let sellers = try await sellerBrowser.get("/goals")
            #expect(sellers.text.contains("4 of 10 offerter"))
            #expect(!sellers.text.contains("id=\"goals-add\""), "a seller sets no goals")
            #expect(try await sellerBrowser.get("/goals/new").status == .forbidden)
        }
    }

    @Test func aManagerPostsAWinTheSellerReadsAndTheAPIAgrees() async throws {
        try await withServer { server in
            let output = try await Self.seed(server)
            let manager = server.demo.logins.manager
            let seller = server.demo.logins.seller
            let browser = TestBrowser(server)
            try await browser.signIn(manager.email)
            let feed = try await browser.get("/wins")
            #expect(feed.status == .ok)
            #expect(feed.text.contains("id=\"win-form\""))
            for win in output.wins { #expect(feed.text.contains("id=\"win-\(win.id)\"")) }

            let refused = try await browser.post("/wins", form: [("subject", "person:\(seller.id)"), ("text", "  ")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("id=\"form-error\""))
            let posted = try await browser.post("/wins", form: [("subject", "person:\(seller.id)"), ("text", "Tre nya kunder i januari!")])
            #expect(posted.status == .seeOther)

            let sellerBrowser = TestBrowser(server)
            try await sellerBrowser.signIn(seller.email)
            let sellers = try await sellerBrowser.get("/wins")
            #expect(sellers.text.contains("Tre nya kunder i januari!"))
            #expect(!sellers.text.contains("id=\"win-form\""), "a seller posts no wins")

            // The API answers the same feed, and lists every problem of a bad goal at once.
            let token = try await server.token(for: seller)
            let api = try await server.api(.GET, "/api/v1/wins", token: token)
            #expect(api.status == .ok)
            #expect(api.text.contains("Tre nya kunder i januari!"))
            let goals = try await server.api(.GET, "/api/v1/goals", token: token)
            #expect(goals.status == .ok)
            let managerToken = try await server.token(for: manager)
            let bad = try await server.api(.POST, "/api/v1/goals", token: managerToken, json: [
                "level": "individual", "personID": seller.id.description, "title": "", "start": "2026-02-01", "due": "2026-01-01",
                "measure": ["kind": "kpi", "kpi": "revenue", "target": -1],
            ])
            let unreadable = try await server.api(.POST, "/api/v1/goals", token: managerToken, json: [
                "level": "company", "title": "", "start": "someday", "due": "2026-01-01",
            ])
            #expect(unreadable.status == .unprocessableEntity)
            #expect(unreadable.text.contains("\"field\":\"start\"") && unreadable.text.contains("\"field\":\"title\""), "a date that is no date, with the rules' problems")
            #expect(bad.status == .unprocessableEntity)
            for field in ["title", "due", "kpi", "target", "parentID"] {
                #expect(bad.text.contains("\"field\":\"\(field)\""), "missing \(field)")
            }
        }
    }
}
