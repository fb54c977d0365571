import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing

/// The diagnosis rules page: thresholds in the units people think in, a signal map of ticked
/// boxes, every problem at once in the reader's language, nothing stored until all is valid.
@Suite(.serialized) struct DiagnosisSettingsPageTests {
    @Test func aLeaderChangesTheRulesAndEveryMistakeIsShownAtOnce() async throws {
        try await withServer { server in
            try await CompetenceSeeding(database: server.app.db, organizationID: server.demo.organization.id)
                .storeDemo(for: server.demo, seed: 11, now: server.clock.now)
            let store = try await DiagnosisStore.of(database: server.app.db, organizationID: server.demo.organization.id)
            let settings = OrganizationSettings(database: server.app.db, organizationID: server.demo.organization.id)
            let leader = TestBrowser(server)
            try await leader.signIn(server.demo.logins.leader.email)
            _ = try await leader.post("/language", form: [("language", "sv"), ("returnTo", "/")])

            let page = try await leader.get("/settings/diagnosis")
            #expect(page.status == .ok)
            #expect(page.text.contains("name=\"executionThreshold\" value=\"80\""), "a share is shown in percent")
            #expect(page.text.contains("name=\"type:prospecting:call\" value=\"on\" id=\"type:prospecting:call\" checked"), "the shipped map is ticked")

            let good: [(String, String)] = [
                ("tolerance", "0,25"), ("executionThreshold", "75"), ("minimumPlannedActivities", "8"), ("minimumDecidedDeals", "4"),
                ("structuralShare", "60"), ("stallShare", "50"), ("type:closing:proposal", "on"), ("stage:closing:negotiation", "on"),
            ]
            let wrong = good.map { field, value in
                switch field {
                case "tolerance": (field, "mycket")
                case "executionThreshold": (field, "0")
                case "minimumPlannedActivities": (field, "2,5")
                default: (field, value)
                }
            } + [("type:closing:smoke_signals", "on")]
            let refused = try await leader.post("/settings/diagnosis", form: wrong)
            #expect(refused.status == .unprocessableEntity)
            let swedish = Localizer(.swedish)
            for problem in [
                Problem(.analysisRulesNotANumber, ["value": "mycket"]), Problem(.numberAboveUpTo, ["minimum": "0", "maximum": "100"]),
                Problem(.analysisRulesWholeNumber),
            ] {
                #expect(refused.text.contains(Node.escape(swedish(problem))), "\(problem)")
            }
            #expect(refused.text.contains("value=\"mycket\""), "what was typed is kept")
            #expect(try await settings.diagnosisPolicy() == .standard)

            let unknownType = try await leader.post("/settings/diagnosis", form: good + [("type:closing:smoke_signals", "on")])
            #expect(unknownType.status == .unprocessableEntity)
            #expect(unknownType.text.contains(Node.escape(swedish(Problem(.signalActivityTypeUnknown, ["activityType": "smoke_signals", "area": "closing"])))))
            #expect(try await settings.diagnosisPolicy() == .standard, "a refused map stores no thresholds either")

            let saved = try await leader.post("/settings/diagnosis", form: good)
            #expect(saved.status == .ok)
            #expect(saved.text.contains("id=\"notice\""))
            #expect(try await settings.diagnosisPolicy() == DiagnosisPolicy(
                tolerance: 0.25, executionThreshold: 0.75, minimumPlannedActivities: 8, minimumDecidedDeals: 4, structuralShare: 0.6, stallShare: 0.5))
            let framework = try #require(try await CompetenceStore(database: server.app.db, organizationID: server.demo.organization.id)
                .frameworkVersions().first { $0.key == "nordic-b2b" && $0.publishedAt != nil })
            #expect(try await store.signalMap(for: framework).areas == [AreaSignals(areaKey: "closing", activityTypes: [.proposal], stages: ["negotiation"])])

            let seller = TestBrowser(server)
            try await seller.signIn(server.demo.logins.seller.email)
            #expect(try await seller.get("/settings/diagnosis").status == .forbidden)
        }
    }
}
