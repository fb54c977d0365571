import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// The forms that change planned work after the fact — a seller's move or drop of an activity,
/// a manager's verdict on a postponement — each submitted in Swedish with every field wrong.
extension FormErrorsInSwedishTests {
    /// The seller's planned activity on 2026-01-06, logged through the page, and its id.
    static func plannedActivity(_ browser: TestBrowser) async throws -> String {
        let logged = try await browser.post("/activities", form: [("type", "prospecting"), ("planned", "2026-01-06"), ("minutes", "45"), ("subject", "Ring kunden")])
        #expect(logged.status == .seeOther)
        let plan = try await browser.get("/activities")
        return try #require(plan.text.firstMatch(of: /data-activity-id="([0-9A-Fa-f-]{36})"/)?.1).lowercased()
    }

    /// A choice that is neither move nor drop, a date that is no date and a reason not in the
    /// catalog; then an earlier date with the unknown reason. Every problem at its field, each time.
    @Test func theMoveFormShowsEveryProblem() async throws {
        try await withServer { server in
            let catalog = try await OrganizationSettings(database: server.app.db, organizationID: server.demo.organization.id).reasonCatalog()
            let unknown: [String: String] = ["code": "påhittad", "choices": catalog.activeReasons.map(\.code.rawValue).joined(separator: ", ")]
            let browser = try await Self.swedishBrowser(server, server.demo.logins.seller.email)
            let id = try await Self.plannedActivity(browser)

            let page = try await browser.post("/activities/\(id)/postpone", form: [("action", "flytta"), ("to", "snart"), ("reason", "påhittad")])
            Self.expectEvery([(.chooseMoveOrDrop, [:]), (.notADate, ["value": "snart"]), (.reasonNotInCatalog, unknown)],
                             on: page, fields: ["action", "to", "reason", "reasonCode"])
            for field in ["action", "to", "reason"] {
                #expect(page.text.contains("id=\"error-\(field)-\(id)\""), "no message at \(field)")
            }
            #expect(page.text.contains("href=\"#move-\(id)\"") && page.text.contains("href=\"#to-\(id)\"") && page.text.contains("href=\"#reason-\(id)\""),
                    "the summary links each problem to its field")
            #expect(page.text.contains("value=\"snart\""), "what was typed is kept")

            let earlier = try await browser.post("/activities/\(id)/postpone", form: [("action", "move"), ("to", "2026-01-02"), ("reason", "påhittad")])
            Self.expectEvery([(.postponementNotLater, [:]), (.reasonNotInCatalog, unknown)], on: earlier, fields: ["to", "reason", "reasonCode"])
            #expect(earlier.text.contains("id=\"error-to-\(id)\"") && earlier.text.contains("id=\"error-reason-\(id)\""))
            #expect(earlier.text.contains("value=\"2026-01-02\""), "what was typed is kept")

            let after = try await browser.get("/activities")
            #expect(after.text.contains("2026-01-06") && !after.text.contains("value=\"2026-01-02\""), "nothing moved")
        }
    }

    /// A postponement of the demo seller's, moved through the page, as their manager's Swedish
    /// browser finds it on the team page: the browser, the manager's team and the postponement's id.
    static func postponementToReview(_ server: TestServer) async throws -> (browser: TestBrowser, team: Team.ID, postponement: String) {
        let manager = server.demo.logins.manager
        let team = try #require(manager.teamID)
        let seller = try await Self.swedishBrowser(server, server.demo.logins.seller.email)
        let id = try await Self.plannedActivity(seller)
        let moved = try await seller.post("/activities/\(id)/postpone", form: [("action", "move"), ("to", "2026-01-09"), ("reason", "customer_rescheduled")])
        #expect(moved.status == .seeOther)
        let browser = try await Self.swedishBrowser(server, manager.email)
        let teamPage = try await browser.get("/teams/\(team)")
        let postponement = try #require(teamPage.text.firstMatch(of: /data-postponement-id="([0-9A-Fa-f-]{36})"/)?.1).lowercased()
        return (browser, team, postponement)
    }

    /// Whether the demo seller's postponement is still without a verdict.
    static func isUnreviewed(_ postponement: String, _ server: TestServer) async throws -> Bool {
        let log = ActivityLog(database: server.app.db, organizationID: server.demo.organization.id)
        let policy = AccessPolicy(viewer: Viewer(server.demo.logins.manager), hierarchy: TeamHierarchy(server.demo.teams))
        return try await log.postponedActivity(try #require(Postponement.ID(uuidString: postponement)), for: policy).postponement.review == nil
    }

    /// A verdict that is neither choice: told on the team page, in the summary and at the row.
    @Test func theVerdictFormShowsItsProblem() async throws {
        try await withServer { server in
            let (browser, team, postponement) = try await Self.postponementToReview(server)
            let page = try await browser.post("/postponements/\(postponement)/review", form: [
                ("verdict", "kanske"), ("team", team.description), ("return", "/teams/\(team)#postponements"),
            ])
            Self.expectEvery([(.chooseVerdict, [:])], on: page, fields: ["verdict"])
            #expect(page.text.contains("href=\"#verify-\(postponement)\""), "the summary links to the row's buttons")
            #expect(page.text.contains("id=\"error-verdict-\(postponement)\""), "the message is at the row")
            #expect(try await Self.isUnreviewed(postponement, server), "nothing reviewed")
        }
    }

    /// A verdict posted without the list it came from (a hand-made request): the owner's team
    /// page, which lists the postponement, tells the problem at its row, not the error page.
    @Test func aVerdictWithoutItsListIsToldOnTheOwnersTeamPage() async throws {
        try await withServer { server in
            let (browser, _, postponement) = try await Self.postponementToReview(server)
            let page = try await browser.post("/postponements/\(postponement)/review", form: [("verdict", "kanske")])
            Self.expectEvery([(.chooseVerdict, [:])], on: page, fields: ["verdict"])
            #expect(page.text.contains("id=\"error-verdict-\(postponement)\""), "the message is at the row")
            let name = try #require(server.demo.teams.first { $0.id == server.demo.logins.seller.teamID }?.name)
            #expect(page.text.contains(Node.escape(name)), "the seller's team page")
            #expect(try await Self.isUnreviewed(postponement, server), "nothing reviewed")
        }
    }
}
