import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// The follow-up of earlier next steps when a coaching session is run — each step marked done,
/// not done or carried over, with a comment — submitted in Swedish with every field wrong.
extension FormErrorsInSwedishTests {
    /// Plans a session for the demo seller on `date` and returns its path.
    static func plannedSession(_ browser: TestBrowser, seller: Person, date: String) async throws -> String {
        let planned = try await browser.post("/coaching/sessions", form: [
            ("sellerID", seller.id.description), ("type", "skill"), ("date", date), ("time", "10:30"), ("durationMinutes", "45"), ("focus", ""),
        ])
        return try #require(planned.headers.first(name: .location))
    }

    /// One step with an outcome that is none of the choices (named with what was sent) and a
    /// comment over the limit, another carried over to a day that is no date with a comment over
    /// the limit: each problem at its step, nothing completed.
    @Test func theNextStepFollowUpShowsEveryProblem() async throws {
        try await withServer { server in
            let seller = server.demo.logins.seller
            let browser = try await Self.swedishBrowser(server, server.demo.logins.manager.email)
            let first = try await Self.plannedSession(browser, seller: seller, date: "2026-01-08")
            let completed = try await browser.post(first + "/complete", form: [
                ("notes", ""),
                ("step-0-text", "Öva invändningar"), ("step-0-owner", seller.id.description), ("step-0-due", "2026-01-15"), ("step-0-link", ""),
                ("step-1-text", "Ring kunden"), ("step-1-owner", seller.id.description), ("step-1-due", "2026-01-16"), ("step-1-link", ""),
            ])
            #expect(completed.status == .seeOther)
            let second = try await Self.plannedSession(browser, seller: seller, date: "2026-01-22")
            let opened = try await browser.get(second)
            let items = opened.text.matches(of: /fieldset class="review-row" id="review-([0-9A-Fa-f-]{36})"/).map { String($0.1) }
            try #require(items.count == 2)
            let (unmarked, carried) = (items[0], items[1])
            let comment = "Inte än " + String(repeating: "c", count: SessionCompletion.maximumTextLength)

            let page = try await browser.post(second + "/complete", form: [
                ("review-\(unmarked)", "kanske"), ("comment-\(unmarked)", comment),
                ("review-\(carried)", "carried_over"), ("comment-\(carried)", comment), ("newDue-\(carried)", "nästa vecka"),
                ("notes", ""),
                ("step-0-text", "Boka demo"), ("step-0-owner", seller.id.description), ("step-0-due", "2026-01-29"), ("step-0-link", ""),
            ])
            let stepText = try #require(opened.text.firstMatch(of: /<legend>([^<]+)<\/legend>/).map { String($0.1) })
            Self.expectEvery([
                (.actionItemOutcomeNotAChoice, ["text": stepText, "value": "kanske"]), (.textTooLong, ["maximum": String(SessionCompletion.maximumTextLength)]),
                (.notADate, ["value": "nästa vecka"]),
            ], on: page, fields: ["reviews", "comment", "newDue", "review-\(unmarked)"])
            Self.expectLinked([
                ("review-\(unmarked)", "review-\(unmarked)"), ("comment-\(unmarked)", "comment-\(unmarked)"),
                ("comment-\(carried)", "comment-\(carried)"), ("newDue-\(carried)", "newDue-\(carried)"),
            ], on: page)
            #expect(page.text.contains("value=\"nästa vecka\"") && page.text.contains("value=\"\(comment)\""), "what was typed is kept")
            #expect(page.text.contains("value=\"carried_over\" checked"), "the outcome chosen is kept")
            #expect(!page.text.contains(Self.shown(.actionItemNotReviewed, ["text": stepText])), "an outcome sent is not called missing")
            let store = try await CoachingStore.of(database: server.app.db, organizationID: server.demo.organization.id)
            let policy = AccessPolicy(viewer: Viewer(server.demo.logins.manager), hierarchy: TeamHierarchy(server.demo.teams))
            let id = try #require(second.split(separator: "/").last.flatMap { CoachingSession.ID(uuidString: String($0)) })
            #expect(try await store.sessionScreen(id, for: policy, asOf: server.clock.now).session.status == .planned, "nothing completed")
        }
    }
}
