import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// The reporting currency through the API: leadership sets it in the analysis rules, an unknown
/// code is refused at its field and changes nothing, and every deal amount in an answer and on
/// the deal page is then named in it (the settings page: ``AnalysisRulesPageTests``).
@Suite(.serialized) struct ReportingCurrencyTests {
    static var rules: [String: Any] {
        ["pressure": ["highLoadThreshold": 1.1, "defaultHours": 40], "stall": ["percentile": 0.75, "minimumWonDeals": 5]]
    }

    @Test func theAPISetsTheCurrencyAndEveryDealAnswerNamesIt() async throws {
        try await withServer { server in
            try await DealsTests.seed(server)
            let leader = try await server.token(for: server.demo.logins.leader)
            let settings = OrganizationSettings(database: server.app.db, organizationID: server.demo.organization.id)
            #expect(try await server.api(.GET, "/api/v1/analysis-rules", token: leader).json()["reportingCurrency"] as? String == "SEK",
                    "the demo's, stored when it was made")

            let unknown = try await server.api(.PUT, "/api/v1/analysis-rules", token: leader,
                                               json: Self.rules.merging(["reportingCurrency": "kr"]) { $1 })
            #expect(unknown.status == .unprocessableEntity)
            #expect(try unknown.problemFields() == ["reportingCurrency"])
            #expect(try await settings.reportingCurrency().code == "SEK", "nothing stored changes")

            let older = try await server.api(.PUT, "/api/v1/analysis-rules", token: leader, json: Self.rules)
            #expect(older.status == .ok)
            #expect(try older.json()["reportingCurrency"] as? String == "SEK", "a body without it keeps it")

            let changed = try await server.api(.PUT, "/api/v1/analysis-rules", token: leader,
                                               json: Self.rules.merging(["reportingCurrency": "nok"]) { $1 })
            #expect(changed.status == .ok)
            #expect(try changed.json()["reportingCurrency"] as? String == "NOK")
            #expect(try await server.api(.GET, "/api/v1/analysis-rules", token: leader).json()["reportingCurrency"] as? String == "NOK")

            let list = try await server.api(.GET, "/api/v1/deals?limit=5", token: leader).json()
            let deals = try #require(list["deals"] as? [[String: Any]])
            #expect(!deals.isEmpty && deals.allSatisfy { $0["currency"] as? String == "NOK" })
            let id = try #require(deals.first?["id"] as? String)
            let deal = try await server.api(.GET, "/api/v1/deals/\(id)", token: leader).json()
            #expect((deal["deal"] as? [String: Any])?["currency"] as? String == "NOK")
            let stalled = try await server.api(.GET, "/api/v1/analyses/stalled-deals?scope=organization&limit=5", token: leader).json()
            let stalledDeals = try #require(stalled["stalled"] as? [[String: Any]])
            #expect(!stalledDeals.isEmpty && stalledDeals.allSatisfy { $0["currency"] as? String == "NOK" })

            let goal = try await server.api(.POST, "/api/v1/goals", token: leader, json: [
                "level": "company", "title": "Won value", "start": "2026-01-01", "due": "2026-12-31",
                "measure": ["kind": "kpi", "kpi": "won_value", "target": 1_000_000],
            ])
            #expect(goal.status == .created)
            #expect((try goal.json()["measure"] as? [String: Any])?["unit"] as? String == "NOK", "a won-value goal's target is in it")

            let browser = TestBrowser(server)
            try await browser.signIn(server.demo.logins.leader.email)
            let page = try await browser.get("/deals/\(id.lowercased())")
            #expect(page.status == .ok)
            #expect(page.text.range(of: #"id="deal-value">[0-9,]+\x{00A0}NOK</dd>"#, options: .regularExpression) != nil)
        }
    }
}
