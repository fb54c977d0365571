import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// The analysis rules page through real HTTP: what leadership saves is what the analyses use,
/// and a refused form names its field and changes nothing.
@Suite(.serialized) struct AnalysisRulesPageTests {
    /// Keel's default pressure and stall rules as the form posts them, with no override.
    static let defaultRules = [
        ("high-load-threshold", "1.1"), ("default-hours", "40"), ("capacity-overrides", ""), ("stall-percentile", "75"), ("stall-minimum-won", "5"),
    ]

    @Test func savedRulesReclassTheWeeksAndBadInputChangesNothing() async throws {
        try await withServer { server in
            _ = try await AnalysesAPITests.seedHistory(server)
            let settings = OrganizationSettings(database: server.app.db, organizationID: server.demo.organization.id)
            let token = try await server.token(for: server.demo.logins.leader)
            let path = "/api/v1/analyses/pressure?scope=organization&from=2025-W40&to=2026-W01"
            let before = try await server.api(.GET, path, token: token).json()
            #expect(before["highLoadThreshold"] as? Double == 1.1)

            let leader = TestBrowser(server)
            try await leader.signIn(server.demo.logins.leader.email)
            let page = try await leader.get("/settings/analysis-rules")
            #expect(page.status == .ok)
            #expect(page.text.contains("value=\"1.1\"") && page.text.contains("value=\"40\"") && page.text.contains("value=\"75\""))

            let seller = server.demo.logins.seller
            let good: [(String, String)] = [
                ("high-load-threshold", "0,8"), ("default-hours", "37.5"),
                ("capacity-overrides", "\(seller.email.uppercased()); 30\n\n\(seller.email); 2025-W45; 0"),
                ("stall-percentile", "80"), ("stall-minimum-won", "4"),
            ]
            for (field, value, shown) in [("high-load-threshold", "lots", "field-high-load-threshold"),
                                          ("capacity-overrides", "\(seller.email); 30\nghost@example.com; 12", "Line 2"),
                                          ("capacity-overrides", "\(seller.email); 2025-W99; 0", "2025-W99"),
                                          ("stall-percentile", "100", "field-stall-percentile"),
                                          ("stall-minimum-won", "2.5", "field-stall-minimum-won")] {
                let form = good.map { $0.0 == field ? ($0.0, value) : $0 }
                let refused = try await leader.post("/settings/analysis-rules", form: form)
                #expect(refused.status == .unprocessableEntity, "\(field) = \(value)")
                #expect(refused.text.contains(shown), "\(field) = \(value)")
                #expect(refused.text.contains(value.components(separatedBy: "\n")[0]), "what was typed is kept")
                #expect(try await settings.pressurePolicy() == PressurePolicy())
                #expect(try await settings.stallPolicy() == StallPolicy())
            }

            let saved = try await leader.post("/settings/analysis-rules", form: good)
            #expect(saved.status == .ok)
            #expect(saved.text.contains("id=\"notice\""))
            let pressure = try await settings.pressurePolicy()
            #expect(pressure.highLoadThreshold == 0.8)
            #expect(pressure.capacity.defaultHours == 37.5)
            #expect(pressure.capacity.overrides == [
                .init(personID: seller.id, hours: 30), .init(personID: seller.id, week: ISOWeek("2025-W45"), hours: 0),
            ])
            #expect(try await settings.stallPolicy() == StallPolicy(percentile: 0.8, minimumWonDeals: 4))
            #expect(saved.text.contains("\(seller.email); 2025-W45; 0"), "overrides are shown by e-mail")

            // A lower threshold makes more weeks high-load: the rollups were rebuilt with it.
            let after = try await server.api(.GET, path, token: token).json()
            #expect(after["highLoadThreshold"] as? Double == 0.8)
            #expect(try #require(after["highLoadWeeks"] as? Int) > (try #require(before["highLoadWeeks"] as? Int)))

            let sellerBrowser = TestBrowser(server)
            try await sellerBrowser.signIn(seller.email)
            #expect(try await sellerBrowser.get("/settings/analysis-rules").status == .forbidden)
        }
    }

    /// The stage order the funnel follows, one code per line; a repeated stage is refused in the
    /// reader's language, naming the field, and changes nothing.
    @Test func theStageOrderIsSavedFromTheFormAndRecountsTheFunnel() async throws {
        try await withServer { server in
            let settings = OrganizationSettings(database: server.app.db, organizationID: server.demo.organization.id)
            let leader = TestBrowser(server)
            try await leader.signIn(server.demo.logins.leader.email)
            let page = try await leader.get("/settings/analysis-rules")
            #expect(page.text.contains("id=\"stage-order\"") && page.text.contains("prospecting\nqualification\nproposal\nnegotiation"))
            let form = Self.defaultRules
            let swedish = TestBrowser(server)
            try await swedish.signIn(server.demo.logins.leader.email)
            _ = try await swedish.post("/language", form: [("language", "sv"), ("returnTo", "/")])
            let refused = try await swedish.post("/settings/analysis-rules", form: form + [("pipeline-stages", "prospecting\nengaging\nProspecting")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("field-pipeline-stages") && refused.text.contains("står med två gånger"))
            #expect(try await settings.dealPipeline() == .standard)

            let saved = try await leader.post("/settings/analysis-rules", form: form + [("pipeline-stages", " prospecting\nEngaging\n\nqualification\n")])
            #expect(saved.status == .ok)
            #expect(try await settings.dealPipeline().stages == ["prospecting", "engaging", "qualification"])

            // The execution page links leadership to the order it follows.
            let execution = try await leader.get("/execution?scope=organization")
            #expect(execution.text.contains("href=\"/settings/analysis-rules#stage-order\""))
        }
    }

    /// The currency deal values are in: chosen from the codes in circulation, an unknown one refused
    /// in the reader's language at its field, changing nothing.
    @Test func theSettingsPageSavesTheCurrencyAndRefusesAnUnknownOneInTheReadersLanguage() async throws {
        try await withServer { server in
            let settings = OrganizationSettings(database: server.app.db, organizationID: server.demo.organization.id)
            let leader = TestBrowser(server)
            try await leader.signIn(server.demo.logins.leader.email)
            let page = try await leader.get("/settings/analysis-rules")
            #expect(page.text.contains("<option value=\"SEK\" selected>SEK – Swedish Krona</option>"))
            #expect(page.text.contains("<option value=\"NOK\">"))

            _ = try await leader.post("/language", form: [("language", "sv"), ("returnTo", "/")])
            let form = Self.defaultRules
            let refused = try await leader.post("/settings/analysis-rules", form: form + [("reporting-currency", "ZZZ")])
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("id=\"error-reporting-currency\""))
            #expect(refused.text.contains(Node.escape(Localizer(.swedish)(Problem(.notACurrency, ["value": "ZZZ"])))))
            #expect(try await settings.reportingCurrency().code == "SEK", "nothing stored changes")

            let saved = try await leader.post("/settings/analysis-rules", form: form + [("reporting-currency", "DKK")])
            #expect(saved.status == .ok)
            #expect(try await settings.reportingCurrency().code == "DKK")
            #expect(saved.text.contains("<option value=\"DKK\" selected>DKK – dansk krona</option>"))

            _ = try await leader.post("/settings/analysis-rules", form: form)
            #expect(try await settings.reportingCurrency().code == "DKK", "a form rendered before the field keeps the currency")
        }
    }
}
