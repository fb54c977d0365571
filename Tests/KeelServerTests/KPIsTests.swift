import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// Coachable KPIs through real HTTP, the API and the page alike: the manager sets a seller's
/// target and the seller enters a week's value; bad input is refused with every problem named in
/// the reader's language; a teammate's KPIs stay out of a seller's reach.
@Suite(.serialized) struct KPIsTests {
    static func seed(_ server: TestServer) async throws {
        let spec = try DemoExecutionSpec.weeks(16, endingBefore: server.clock.now, seed: 7, calendar: .stockholm).validated()
        try await ExecutionSeeding(database: server.app.db, organizationID: server.demo.organization.id)
            .store(DemoExecutionGenerator(server.demo, spec: spec), at: server.clock.now)
    }

    @Test func theManagerSetsATargetAndTheSellerEntersAValueThroughTheAPI() async throws {
        try await withServer { server in
            try await Self.seed(server)
            let seller = server.demo.logins.seller
            let manager = try await server.token(for: server.demo.logins.manager)
            let sellerToken = try await server.token(for: seller)
            let path = "/api/v1/people/\(seller.id)/kpis"

            let report = try await server.api(.GET, path, token: sellerToken)
            #expect(report.status == .ok)
            let behaviours = try #require(try report.json()["behaviours"] as? [[String: Any]])
            #expect(behaviours.map { $0["key"] as? String } == KPICatalog.all.map(\.key))
            #expect(try report.json()["viewerSetsTargets"] as? Bool == false)

            // The seller cannot set their own target; their manager can.
            #expect(try await server.api(.PUT, "\(path)/customer_meetings_per_week/target", token: sellerToken, json: ["target": 1]).status == .forbidden)
            let set = try await server.api(.PUT, "\(path)/customer_meetings_per_week/target", token: manager, json: ["target": 7])
            #expect(set.status == .ok)
            let target = try #require((try set.json()["behaviours"] as? [[String: Any]])?.first?["target"] as? [String: Any])
            #expect(target["value"] as? Double == 7 && target["isDefault"] as? Bool == false)

            // A computed KPI, a week not begun and a value out of range: all three named at once.
            let week = WeekCalendar.stockholm.week(containing: server.clock.now).next
            let refused = try await server.api(.PUT, "\(path)/customer_meetings_per_week/weeks/\(week)", token: sellerToken, json: ["value": 500])
            #expect(refused.status == .unprocessableEntity)
            #expect(try refused.problemFields() == ["kpi", "week", "value"])
            #expect(try await server.api(.PUT, "\(path)/referrals_asked_per_week/weeks/next-week", token: sellerToken, json: ["value": 1]).status == .badRequest)

            let lastWeek = WeekCalendar.stockholm.week(containing: server.clock.now).previous
            let entered = try await server.api(.PUT, "\(path)/referrals_asked_per_week/weeks/\(lastWeek)", token: sellerToken, json: ["value": 3])
            #expect(entered.status == .ok)
            let referrals = try #require((try entered.json()["behaviours"] as? [[String: Any]])?.first { $0["key"] as? String == "referrals_asked_per_week" })
            #expect((referrals["recent"] as? [String: Any])?["numerator"] as? Double == 3)
            // The seller's export holds their own target and the value they entered.
            let export = try await server.api(.GET, "/api/v1/people/\(seller.id)/export", token: sellerToken).json()
            let kpis = try #require(export["kpis"] as? [String: Any])
            #expect((kpis["targets"] as? [[String: Any]])?.map { $0["kpiKey"] as? String } == ["customer_meetings_per_week"])
            #expect((kpis["entries"] as? [[String: Any]])?.map { $0["value"] as? Double } == [3])
            #expect(try await server.api(.DELETE, "\(path)/referrals_asked_per_week/weeks/\(lastWeek)", token: manager).status == .ok)
            #expect(try await server.api(.DELETE, "\(path)/customer_meetings_per_week/target", token: manager).status == .ok)

            // A teammate's KPIs are not the seller's to see.
            let teammate = try #require(server.demo.people.first { $0.accessRole == .seller && $0.id != seller.id && $0.teamID == seller.teamID })
            #expect(try await server.api(.GET, "/api/v1/people/\(teammate.id)/kpis", token: sellerToken).status == .notFound)
        }
    }

    @Test func theKPIPageSetsATargetAndSaysWhatIsWrongInSwedish() async throws {
        try await withServer { server in
            try await Self.seed(server)
            let seller = server.demo.logins.seller
            let browser = TestBrowser(server)
            try await browser.signIn(server.demo.logins.manager.email)
            let page = try await browser.get("/people/\(seller.id)/kpis")
            #expect(page.status == .ok)
            #expect(page.text.contains("id=\"kpi-target-form\""))
            let person = try await browser.get("/people/\(seller.id)")
            #expect(person.text.contains("href=\"/people/\(seller.id)/kpis\""), "the person page links to the KPIs")

            // 80 per cent is a share target typed as a percentage.
            let saved = try await browser.post("/people/\(seller.id)/kpis/target", form: [("kpi", "prospecting_on_time"), ("target", "85")])
            #expect(saved.status == .seeOther)
            let after = try await browser.get("/people/\(seller.id)/kpis?saved=target")
            #expect(after.text.contains("85%") || after.text.contains("85\u{00A0}%"))

            browser.acceptLanguage = "sv"
            _ = try await browser.get("/people/\(seller.id)/kpis")
            let refused = try await browser.post("/people/\(seller.id)/kpis/target", form: [("kpi", "customer_meetings_per_week"), ("target", "tio")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("Ange ett tal."))
            #expect(refused.text.contains("value=\"tio\""), "the refused value is kept")
        }
    }
}
