import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// Deals through real HTTP: the execution page's stalled list names each deal and pages through
/// all of them keeping the scope and weeks; the deal page and `GET /api/v1/deals/{id}` tell the
/// same deal; the list API filters and pages with a total; a deal out of reach is 404; bad
/// paging input is refused naming every field, in the reader's language.
@Suite(.serialized) struct DealsTests {
    static func seed(_ server: TestServer) async throws {
        let spec = try DemoExecutionSpec.weeks(40, endingBefore: server.clock.now, seed: 7, calendar: .stockholm).validated()
        try await ExecutionSeeding(database: server.app.db, organizationID: server.demo.organization.id)
            .store(DemoExecutionGenerator(server.demo, spec: spec), at: server.clock.now)
    }

    @Test func theListAPIFiltersAndPagesTheDealsInReach() async throws {
        try await withServer { server in
            try await Self.seed(server)
            let manager = try await server.token(for: server.demo.logins.manager)
            let seller = server.demo.logins.seller
            let sellerToken = try await server.token(for: seller)

            let everything = try await server.api(.GET, "/api/v1/deals?limit=1000", token: manager)
            #expect(everything.status == .ok)
            let all = try everything.json()
            let total = try #require(all["total"] as? Int)
            let deals = try #require(all["deals"] as? [[String: Any]])
            #expect(total > 10 && deals.count == min(total, 1000))
            #expect(deals.allSatisfy { ($0["name"] as? String)?.isEmpty == false }, "every deal is named")

            // Pages of 10 make up the list, each saying the same total.
            var paged: [String] = []
            for offset in stride(from: 0, to: total, by: 10) {
                let page = try await server.api(.GET, "/api/v1/deals?limit=10&offset=\(offset)", token: manager).json()
                #expect(page["total"] as? Int == total && page["offset"] as? Int == offset && page["limit"] as? Int == 10)
                paged += (page["deals"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            }
            #expect(paged == deals.compactMap { $0["id"] as? String })

            // Filters.
            let stalled = try await server.api(.GET, "/api/v1/deals?stalled=true&limit=1000", token: manager).json()
            let stalledDeals = try #require(stalled["deals"] as? [[String: Any]])
            #expect(stalledDeals.allSatisfy { ($0["stall"] as? [String: Any])?["stalled"] as? Bool == true && $0["outcome"] as? String == "open" })
            let analysis = try await server.api(.GET, "/api/v1/analyses/stalled-deals?limit=1000", token: manager).json()
            #expect(stalled["total"] as? Int == analysis["total"] as? Int, "the list's stalled deals are the analysis's")
            #expect(stalledDeals.compactMap { $0["id"] as? String } == (analysis["stalled"] as? [[String: Any]])?.compactMap { $0["dealID"] as? String })
            #expect((analysis["stalled"] as? [[String: Any]])?.allSatisfy { $0["name"] is String } == true, "the analysis names its deals")
            let won = try await server.api(.GET, "/api/v1/deals?outcome=won&limit=1000", token: manager).json()
            #expect((won["deals"] as? [[String: Any]])?.allSatisfy { $0["outcome"] as? String == "won" } == true)
            let own = try await server.api(.GET, "/api/v1/deals?limit=1000", token: sellerToken).json()
            #expect((own["deals"] as? [[String: Any]])?.allSatisfy { ($0["ownerID"] as? String)?.lowercased() == seller.id.description } == true)
            let byOwner = try await server.api(.GET, "/api/v1/deals?owner=\(seller.id)&limit=1000", token: manager).json()
            #expect(byOwner["total"] as? Int == own["total"] as? Int)

            // Out of reach: another seller as owner, for a seller.
            let other = try #require(server.demo.people.first { $0.accessRole == .seller && $0.id != seller.id })
            #expect(try await server.api(.GET, "/api/v1/deals?owner=\(other.id)", token: sellerToken).status == .notFound)

            // Unreadable filters are 400, naming the parameter.
            let badOutcome = try await server.api(.GET, "/api/v1/deals?outcome=maybe", token: manager)
            #expect(badOutcome.status == .badRequest && badOutcome.error?.field == "outcome")
            let badStalled = try await server.api(.GET, "/api/v1/deals?stalled=yes", token: manager)
            #expect(badStalled.status == .badRequest && badStalled.error?.field == "stalled")
            let badOwner = try await server.api(.GET, "/api/v1/deals?owner=karin", token: manager)
            #expect(badOwner.status == .badRequest && badOwner.error?.field == "owner")
        }
    }

    @Test func badPagingIsRefusedNamingEveryFieldInTheReadersLanguage() async throws {
        try await withServer { server in
            let manager = server.demo.logins.manager
            let browser = TestBrowser(server)
            try await browser.signIn(manager.email)
            _ = try await browser.post("/language", form: [("language", "sv"), ("returnTo", "/")])
            let token = try await server.token(for: manager)
            let swedish = Localizer(.swedish)

            let refused = try await server.api(.GET, "/api/v1/deals?limit=0&offset=-3", token: token)
            #expect(refused.status == .unprocessableEntity)
            #expect(try refused.problemFields() == ["limit", "offset"])
            #expect(refused.text.contains(swedish(Problem(.listLimitOutOfRange, ["maximum": "1000"]))))
            #expect(refused.text.contains(swedish(Problem(.valueNegative))))
            let unreadable = try await server.api(.GET, "/api/v1/deals?limit=many&offset=x", token: token)
            #expect(unreadable.status == .unprocessableEntity)
            #expect(try unreadable.problemFields() == ["limit", "offset"])

            // The execution page's stalled list says what is wrong with its position too.
            let page = try await browser.get("/execution?stalledOffset=tio")
            #expect(page.status == .unprocessableEntity)
            #expect(page.text.contains(Node.escape(swedish(Problem(.notAWholeNumber, ["value": "tio"])))))
        }
    }

    @Test func theStalledListLinksEachDealAndPagesThroughAll() async throws {
        try await withServer { server in
            try await Self.seed(server)
            let admin = server.demo.logins.admin
            let token = try await server.token(for: admin)
            let browser = TestBrowser(server)
            try await browser.signIn(admin.email)
            let scope = "organization"
            let analysis = try await server.api(.GET, "/api/v1/analyses/stalled-deals?scope=\(scope)&limit=1000", token: token).json()
            let total = try #require(analysis["total"] as? Int)
            let stalled = try #require(analysis["stalled"] as? [[String: Any]])
            try #require(total > ExecutionPage.stalledListLimit, "the seed leaves more stalled deals than one page")

            let first = try await browser.get("/execution?scope=\(scope)&from=2025-W40&to=2025-W52")
            #expect(first.status == .ok)
            let firstIDs = stalled.prefix(ExecutionPage.stalledListLimit).compactMap { ($0["dealID"] as? String)?.lowercased() }
            #expect(firstIDs.allSatisfy { first.text.contains("href=\"/deals/\($0)\"") })
            #expect(first.text.contains("Deals 1–\(ExecutionPage.stalledListLimit) of \(total)"))
            #expect(first.text.contains(Node.escape("/execution?scope=\(scope)&from=2025-W40&to=2025-W52&stalledOffset=\(ExecutionPage.stalledListLimit)#stalled")),
                    "the next page keeps the scope and the weeks")
            #expect(!first.text.contains("id=\"stalled-previous\""))

            var seen = Set<String>()
            for offset in stride(from: 0, to: total, by: ExecutionPage.stalledListLimit) {
                let page = try await browser.get("/execution?scope=\(scope)&from=2025-W40&to=2025-W52&stalledOffset=\(offset)")
                let ids = stalled.dropFirst(offset).prefix(ExecutionPage.stalledListLimit).compactMap { ($0["dealID"] as? String)?.lowercased() }
                #expect(ids.allSatisfy { page.text.contains("href=\"/deals/\($0)\"") }, "page at \(offset)")
                #expect(page.text.contains("id=\"stalled-next\"") == (offset + ExecutionPage.stalledListLimit < total))
                #expect(page.text.contains("id=\"stalled-previous\"") == (offset > 0))
                seen.formUnion(ids)
            }
            #expect(seen.count == total, "every stalled deal is reachable")

            // Past the end: no rows and no claim that nothing is stalled, only the way back.
            let beyond = try await browser.get("/execution?scope=\(scope)&stalledOffset=\(total + 100)")
            #expect(beyond.status == .ok)
            #expect(!beyond.text.contains("id=\"stalled-none\"") && !beyond.text.contains("id=\"stalled-deals\""))
            #expect(beyond.text.contains("id=\"stalled-previous\""))
        }
    }

    @Test func theDealPageAndAPITellTheSameDealWithinReach() async throws {
        try await withServer { server in
            try await Self.seed(server)
            let manager = server.demo.logins.manager
            let token = try await server.token(for: manager)
            let analysis = try await server.api(.GET, "/api/v1/analyses/stalled-deals?limit=1", token: token).json()
            let listed = try #require((analysis["stalled"] as? [[String: Any]])?.first)
            let id = try #require(listed["dealID"] as? String)
            let ownerID = try #require((listed["ownerID"] as? String)?.lowercased())

            let api = try await server.api(.GET, "/api/v1/deals/\(id)", token: token)
            #expect(api.status == .ok)
            let json = try api.json()
            let deal = try #require(json["deal"] as? [String: Any])
            #expect(deal["name"] as? String == listed["name"] as? String)
            #expect((deal["stall"] as? [String: Any])?["stalled"] as? Bool == true)
            #expect((deal["stall"] as? [String: Any])?["daysInStage"] as? Int == listed["daysInStage"] as? Int)
            let stages = try #require(json["stages"] as? [[String: Any]])
            #expect(stages.last?["current"] as? Bool == true && stages.last?["stage"] as? String == listed["stage"] as? String)
            #expect(stages.last?["days"] as? Int == listed["daysInStage"] as? Int)

            let browser = TestBrowser(server)
            try await browser.signIn(manager.email)
            let page = try await browser.get("/deals/\(id)")
            #expect(page.status == .ok)
            #expect(page.text.contains("id=\"deal-stage-table\""))
            #expect(page.text.contains("href=\"/people/\(ownerID)\""))
            if ownerID != manager.id.description {
                #expect(page.text.contains("id=\"deal-plan-coaching\""), "the owner's manager may plan deal coaching")
            }
            #expect(page.text.contains(Node.escape(try #require(listed["name"] as? String))))

            // The seller login does not reach a teammate's deal, nor the rival's admin ours.
            let seller = server.demo.logins.seller
            if ownerID != seller.id.description {
                #expect(try await server.api(.GET, "/api/v1/deals/\(id)", token: try await server.token(for: seller)).status == .notFound)
                let sellerBrowser = TestBrowser(server)
                try await sellerBrowser.signIn(seller.email)
                #expect(try await sellerBrowser.get("/deals/\(id)").status == .notFound)
            }
            #expect(try await server.api(.GET, "/api/v1/deals/\(id)", token: try await server.token(for: server.rival.logins.admin)).status == .notFound)
            #expect(try await server.api(.GET, "/api/v1/deals/not-a-deal", token: token).status == .notFound)
        }
    }
}
