import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// The execution pages through real HTTP: a seller re-plans their own work with a reason, their
/// manager sees it on the team page and reviews it, and the analyses page shows the figures.
@Suite(.serialized) struct ExecutionPagesTests {
    @Test func aSellerReplansWithAReasonAndTheManagerReviewsIt() async throws {
        try await withServer { server in
            let seller = server.demo.logins.seller
            let manager = server.demo.logins.manager
            let browser = TestBrowser(server)
            try await browser.signIn(seller.email)

            let logged = try await browser.post("/activities", form: [
                ("type", "prospecting"), ("planned", "2026-01-06"), ("minutes", "45"), ("subject", "Ring Fjordline <AB>"),
            ])
            #expect(logged.status == .seeOther)
            // The limits the API and the CSV import apply (`ActivityLimits`), each at its field, keeping what was typed.
            let overLimits = try await browser.post("/activities", form: [
                ("type", "call"), ("planned", "2026-01-06"), ("minutes", "1441"), ("subject", String(repeating: "y", count: 501)),
            ])
            #expect(overLimits.status == .unprocessableEntity)
            #expect(overLimits.text.contains(Node.escape(Localizer(.english)(Problem(.activityDurationOutOfRange, ["value": "1441", "minimum": "0", "maximum": "1440"])))))
            #expect(overLimits.text.contains(Node.escape(Localizer(.english)(Problem(.textTooLong, ["maximum": "500"])))))
            #expect(overLimits.text.contains("value=\"1441\""))
            let plan = try await browser.get("/activities")
            #expect(plan.text.contains("Ring Fjordline &lt;AB&gt;"))
            let activityID = try #require(plan.text.firstMatch(of: /data-activity-id="([0-9A-Fa-f-]{36})"/)?.1).lowercased()

            // Moving to an earlier date is refused and names the field; nothing changes.
            let backwards = try await browser.post("/activities/\(activityID)/postpone", form: [("to", "2026-01-02"), ("reason", "customer_rescheduled"), ("action", "move")])
            #expect(backwards.status == .unprocessableEntity)
            #expect(backwards.text.contains("<strong>New date: </strong>" + Node.escape(Localizer(.english)(Problem(.postponementNotLater)))))
            let unknown = try await browser.post("/activities/\(activityID)/postpone", form: [("to", "2026-01-09"), ("reason", "felt_like_it"), ("action", "move")])
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.text.contains("<strong>Reason: </strong>"))
            #expect(!unknown.text.contains(">reasonCode"), "the internal field name stays internal")

            // No reason is chosen for the seller: the list starts empty, and leaving it so is refused.
            #expect(plan.text.contains("<option value=\"\" selected>\(Node.escape(Localizer(.english)(.activityChooseReason)))</option>"))
            let unchosen = try await browser.post("/activities/\(activityID)/postpone", form: [("to", "2026-01-09"), ("reason", ""), ("action", "move")])
            #expect(unchosen.status == .unprocessableEntity)
            #expect(unchosen.text.contains(Node.escape(Localizer(.english)(Problem(.chooseReason)))))

            let moved = try await browser.post("/activities/\(activityID)/postpone", form: [("to", "2026-01-09"), ("reason", "customer_rescheduled"), ("action", "move")])
            #expect(moved.status == .seeOther)
            let after = try await browser.get("/activities")
            #expect(after.text.contains("2026-01-09"))
            #expect(after.text.contains("2026-01-06"))

            let managerBrowser = TestBrowser(server)
            try await managerBrowser.signIn(manager.email)
            // Sellers re-plan their own work only: even their manager cannot mark it done.
            let foreign = try await managerBrowser.post("/activities/\(activityID)/done", form: [])
            #expect(foreign.status == .notFound)

            let teamPage = try await managerBrowser.get("/teams/\(manager.teamID!)")
            #expect(teamPage.status == .ok)
            let row = try #require(teamPage.text.range(of: "data-postponement-id=").map { String(teamPage.text[$0.lowerBound...].prefix(2500)) })
            #expect(row.contains(seller.name))
            #expect(row.contains("2026-01-06"))
            #expect(row.contains("→ 2026-01-09"))
            let postponementID = try #require(row.firstMatch(of: /data-postponement-id="([0-9A-Fa-f-]{36})"/)?.1).lowercased()

            // The seller cannot review their own postponement; the manager can.
            let selfReview = try await browser.post("/postponements/\(postponementID)/review", form: [("verdict", "verified_obstacle")])
            #expect(selfReview.status == .forbidden)
            let reviewed = try await managerBrowser.post("/postponements/\(postponementID)/review", form: [("verdict", "verified_obstacle"), ("team", manager.teamID!.description)])
            #expect(reviewed.status == .seeOther)
            let reviewedPage = try await managerBrowser.get("/teams/\(manager.teamID!)")
            #expect(reviewedPage.text.contains("aria-pressed=\"true\" id=\"verify-\(postponementID)\""))

            // A verdict can be changed from the same list (issue 13, item 3), back to the list as it was.
            let back = "/teams/\(manager.teamID!)?status=reviewed#postponements"
            let changed = try await managerBrowser.post("/postponements/\(postponementID)/review", form: [
                ("verdict", "accepted_excuse"), ("team", manager.teamID!.description), ("return", back),
            ])
            #expect(changed.status == .seeOther)
            #expect(changed.headers.first(name: .location) == "/teams/\(manager.teamID!)?status=reviewed&reviewed=\(postponementID)#postponements")
            let changedPage = try await managerBrowser.get("/teams/\(manager.teamID!)?status=reviewed&reviewed=\(postponementID)")
            #expect(changedPage.text.contains("aria-pressed=\"true\" id=\"excuse-\(postponementID)\""))
            #expect(changedPage.text.contains("aria-pressed=\"false\" id=\"verify-\(postponementID)\""))
            #expect(changedPage.text.contains("<tr data-postponement-id=\"\(postponementID)\" class=\"just-reviewed\">"))
            let unreviewedOnly = try await managerBrowser.get("/teams/\(manager.teamID!)?status=unreviewed")
            #expect(!unreviewedOnly.text.contains("data-postponement-id=\"\(postponementID)\""))
            // Reviewed from a list of unreviewed ones, it has left that list, and is kept in view above it.
            let fromUnreviewed = try await managerBrowser.get("/teams/\(manager.teamID!)?status=unreviewed&reviewed=\(postponementID)")
            #expect(fromUnreviewed.text.contains("id=\"postponement-kept\""))
            #expect(fromUnreviewed.text.contains("aria-pressed=\"true\" id=\"excuse-\(postponementID)\""))
            let badStatus = try await managerBrowser.get("/teams/\(manager.teamID!)?status=maybe")
            #expect(badStatus.status == .badRequest)

            // The analyses count the postponement and its changed review at once (rollups maintained on write).
            let reasons = try await server.api(.GET, "/api/v1/analyses/reasons?scope=person:\(seller.id)&from=2026-01&to=2026-01",
                                               token: try await server.token(for: manager)).json()
            let review = try #require(reasons["review"] as? [String: Any])
            #expect(review["postponements"] as? Int == 1)
            #expect(review["verifiedObstacles"] as? Int == 0, "the verdict was changed to own choice")
            #expect(review["acceptedExcuses"] as? Int == 1)
        }
    }

    @Test func theAnalysesPageDrawsEveryChartForATeam() async throws {
        try await withServer { server in
            _ = try await AnalysesAPITests.seedHistory(server)
            let manager = server.demo.logins.manager
            let browser = TestBrowser(server)
            try await browser.signIn(manager.email)
            let page = try await browser.get("/execution?scope=team:\(manager.teamID!)&from=2025-W44&to=2026-W01")
            #expect(page.status == .ok)
            for id in ["time-allocation", "execution-rate", "pressure", "momentum", "deal-results", "reasons"] {
                #expect(page.text.contains("id=\"\(id)\""), "\(id)")
            }
            #expect(page.text.components(separatedBy: "<svg").count - 1 >= 3)
            #expect(!page.text.contains("No data for this period"))
            #expect(!page.text.contains("allocation-weeks-folded"), "nine weeks are shown one by one")
            let year = try await browser.get("/execution?scope=team:\(manager.teamID!)&from=2025-W01&to=2025-W52")
            #expect(year.text.contains("<details id=\"allocation-weeks-folded\"><summary>Show all 52 weeks one by one</summary>"),
                    "a year's weeks fold away behind their count")

            let forbidden = try await browser.get("/execution?scope=organization")
            #expect(forbidden.status == .forbidden)
            let bad = try await browser.get("/execution?from=2026-W99")
            #expect(bad.status == .ok, "the page, not an error page")
            #expect(bad.text.contains("id=\"period-error\""))
            #expect(bad.text.contains("id=\"period-from\" value=\"2026-W99\" pattern=\"[0-9]{4}-[0-9]{2}-[0-9]{2}\" aria-invalid=\"true\""))
        }
    }

    /// The period fields are days on a calendar; the analyses count the whole weeks holding
    /// them, in the page and in the API alike.
    @Test func daysPickedOnTheCalendarCountTheirWholeWeeks() async throws {
        try await withServer { server in
            _ = try await AnalysesAPITests.seedHistory(server)
            let manager = server.demo.logins.manager
            let browser = TestBrowser(server)
            try await browser.signIn(manager.email)
            let scope = "team:\(try #require(manager.teamID))"
            let page = try await browser.get("/execution?scope=\(scope)&from=2025-11-05&to=2025-11-27")
            #expect(page.status == .ok)
            #expect(page.text.contains("<input type=\"date\" name=\"from\" id=\"period-from\" value=\"2025-11-03\""), "Monday of week 45")
            #expect(page.text.contains("<input type=\"date\" name=\"to\" id=\"period-to\" value=\"2025-11-30\""), "Sunday of week 48")
            #expect(page.text.contains("id=\"period-whole-weeks\""))

            let token = try await server.token(for: manager)
            let byDays = try await server.api(.GET, "/api/v1/analyses/execution-rate?scope=\(scope)&from=2025-11-05&to=2025-11-27", token: token)
            let byWeeks = try await server.api(.GET, "/api/v1/analyses/execution-rate?scope=\(scope)&from=2025-W45&to=2025-W48", token: token)
            #expect(byDays.status == .ok)
            #expect(byDays.body == byWeeks.body)
            let notADay = try await server.api(.GET, "/api/v1/analyses/execution-rate?scope=\(scope)&from=2025-11-31", token: token)
            #expect(notADay.status == .badRequest)
        }
    }

    /// Monday 5 January 2026: this month is weeks 1–2, last month weeks 49–52 and last quarter
    /// weeks 40–52 of 2025; this quarter and this year are this month again and not offered twice.
    @Test func theCalendarPeriodsCountFromToday() async throws {
        try await withServer { server in
            let manager = server.demo.logins.manager
            let browser = TestBrowser(server)
            try await browser.signIn(manager.email)
            let scope = "team:\(try #require(manager.teamID))"
            let page = try await browser.get("/execution?scope=\(scope)")
            let calendar = try #require(page.text.components(separatedBy: "id=\"period-calendar\">").dropFirst().first?.components(separatedBy: "</p>").first)
            #expect(calendar.contains("from=2026-W01&amp;to=2026-W02\">this month</a>"))
            #expect(calendar.contains("from=2025-W49&amp;to=2025-W52\">last month</a>"))
            #expect(calendar.contains("<strong aria-current=\"true\">last quarter</strong>") || calendar.contains("from=2025-W40&amp;to=2025-W52\">last quarter</a>"))
            #expect(!calendar.contains("this quarter") && !calendar.contains("this year"))
        }
    }

    /// From a team page the analyses open on that team, and the scope list keeps it selected —
    /// a deep team too — so pressing Show never jumps to the whole organization.
    @Test func theScopeListKeepsTheTeamOnShow() async throws {
        try await withServer { server in
            let hierarchy = TeamHierarchy(server.demo.teams)
            let deepest = try #require(server.demo.teams.max { hierarchy.ancestors(of: $0.id).count < hierarchy.ancestors(of: $1.id).count })
            #expect(hierarchy.ancestors(of: deepest.id).count >= 2)
            let leader = TestBrowser(server)
            try await leader.signIn(server.demo.logins.leader.email)
            let page = try await leader.get("/execution?scope=team:\(deepest.id)")
            #expect(page.status == .ok)
            #expect(page.text.contains("<option value=\"team:\(deepest.id)\" selected>"))
            #expect(page.text.contains("<optgroup label=\"Teams\">"))
            let list = try #require(page.text.range(of: #"id="scope">.*?</select>"#, options: .regularExpression).map { page.text[$0] })
            #expect(list.components(separatedBy: " selected>").count == 2, "exactly one scope is selected")
            let manager = TestBrowser(server)
            try await manager.signIn(server.demo.logins.manager.email)
            let managers = try await manager.get("/execution")
            #expect(managers.text.contains("<optgroup label=\"People\">"))
            #expect(!managers.text.contains("value=\"organization\""))
        }
    }

    @Test func leadershipEditsTheReasonCatalogAndSellersChooseFromIt() async throws {
        try await withServer { server in
            let leader = TestBrowser(server)
            try await leader.signIn(server.demo.logins.leader.email)
            let page = try await leader.get("/settings/reasons")
            #expect(page.status == .ok)
            let count = ReasonCatalog.defaults.reasons.count
            var form: [(String, String)] = [("count", String(count + 1))]
            for (index, reason) in ReasonCatalog.defaults.reasons.enumerated() {
                form += [("code_\(index)", reason.code.rawValue), ("class_\(index)", reason.reasonClass.rawValue)]
                form += Language.allCases.map { ("\($0.rawValue)_\(index)", reason.name(in: $0)) }
                if reason.code.rawValue != "customer_unavailable" { form.append(("active_\(index)", "true")) }
            }
            form += [("code_\(count)", "waiting_for_legal"), ("en_\(count)", "Waiting for the customer's legal team"),
                     ("sv_\(count)", "Väntar på kundens jurister"), ("nb_\(count)", "Venter på kundens jurister"),
                     ("class_\(count)", "obstacle"), ("active_\(count)", "true")]
            let saved = try await leader.post("/settings/reasons", form: form)
            #expect(saved.status == .ok)
            #expect(saved.text.contains("id=\"notice\""))

            let seller = TestBrowser(server)
            try await seller.signIn(server.demo.logins.seller.email)
            _ = try await seller.post("/activities", form: [("type", "meeting"), ("planned", "2026-01-07"), ("minutes", "60")])
            let plan = try await seller.get("/activities")
            #expect(plan.text.contains("value=\"waiting_for_legal\""))
            #expect(!plan.text.contains("value=\"customer_unavailable\""))

            // A code with capitals is refused, naming the row; the stored catalog is unchanged.
            var bad = form
            bad[bad.count - 6] = ("code_\(count)", "Waiting-For-Legal")
            let refused = try await leader.post("/settings/reasons", form: bad)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("reasons[\(count)].code"))

            let sellerSettings = try await seller.get("/settings/reasons")
            #expect(sellerSettings.status == .forbidden)
        }
    }

    @Test func reclassingAnActivityTypeMovesEveryPastWeek() async throws {
        try await withServer { server in
            _ = try await AnalysesAPITests.seedHistory(server)
            let token = try await server.token(for: server.demo.logins.leader)
            let path = "/api/v1/analyses/time-allocation?scope=organization&from=2025-W44&to=2026-W01"
            let before = try #require(try await server.api(.GET, path, token: token).json()["total"] as? [String: Any])

            let leader = TestBrowser(server)
            try await leader.signIn(server.demo.logins.leader.email)
            let page = try await leader.get("/settings/work-categories")
            #expect(page.status == .ok)
            var form = WorkCategoryRules.defaults.categoryByType.map { ("type.\($0.key.rawValue)", $0.value.rawValue) }
            form.removeAll { $0.0 == "type.crm_admin" }
            form += [("type.crm_admin", "internal"), ("fallback", "supporting")]
            let saved = try await leader.post("/settings/work-categories", form: form)
            #expect(saved.status == .ok)
            #expect(saved.text.contains("id=\"notice\""))

            let after = try #require(try await server.api(.GET, path, token: token).json()["total"] as? [String: Any])
            let moved = (after["internalMinutes"] as! Int) - (before["internalMinutes"] as! Int)
            #expect(moved > 0)
            #expect((before["supportingMinutes"] as! Int) - (after["supportingMinutes"] as! Int) == moved)
            #expect(after["sellingMinutes"] as? Int == before["sellingMinutes"] as? Int)

            let refused = try await leader.post("/settings/work-categories", form: [("type.call", "selling"), ("fallback", "lunch")])
            #expect(refused.status == .unprocessableEntity)
        }
    }
}
