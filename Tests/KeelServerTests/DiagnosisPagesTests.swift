import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing

/// The diagnosis page as each role opens it: the store's sellers within reach, the scope kept
/// in the picker, the evidence one click away; a scope out of reach is not found.
@Suite(.serialized) struct DiagnosisPagesTests {
    @Test func eachRoleSeesItsOwnReachAndTheEvidence() async throws {
        try await withServer { server in
            try await DiagnosisAPITests.seed(server)
            let manager = server.demo.logins.manager
            let team = try #require(manager.teamID)
            let weeks = "from=2025-W40&to=2025-W52"

            let managerBrowser = TestBrowser(server)
            try await managerBrowser.signIn(manager.email)
            let page = try await managerBrowser.get("/diagnosis?\(weeks)")
            #expect(page.status == .ok)
            let teamSellers = server.demo.people.filter { $0.teamID == team && $0.accessRole == .seller && $0.isActive }
            #expect(!teamSellers.isEmpty)
            for seller in teamSellers {
                #expect(page.text.contains("id=\"seller-\(seller.id)\""), "\(seller.name)")
            }
            let outsider = try #require(server.demo.people.first { $0.teamID != team && $0.accessRole == .seller })
            #expect(!page.text.contains("id=\"seller-\(outsider.id)\""))
            #expect(page.text.contains("<option value=\"team:\(team)\" selected>"), "the scope on show stays selected")
            #expect(page.text.contains("id=\"diagnosis-distribution\"") && page.text.contains("id=\"diagnosis-findings\""))

            let evidence = try await managerBrowser.get("/diagnosis?scope=person:\(teamSellers[0].id)&\(weeks)")
            #expect(evidence.status == .ok)
            #expect(evidence.text.contains("id=\"diagnosis-evidence\""))

            let seller = server.demo.logins.seller
            let sellerBrowser = TestBrowser(server)
            try await sellerBrowser.signIn(seller.email)
            let own = try await sellerBrowser.get("/diagnosis?\(weeks)")
            #expect(own.status == .ok)
            #expect(own.text.contains("id=\"diagnosis-evidence\""))
            #expect(!own.text.contains("id=\"diagnosis-sellers\""))
            #expect(try await sellerBrowser.get("/diagnosis?scope=team:\(team)").status == .notFound)
            #expect(try await sellerBrowser.get("/diagnosis?scope=person:\(outsider.id)").status == .notFound)
            // A period that cannot be read leaves the reader on the page, its default period shown, the problem at the fields.
            let reversed = try await sellerBrowser.get("/diagnosis?from=2025-W52&to=2025-W40")
            #expect(reversed.status == .ok)
            #expect(reversed.text.contains("id=\"period-error\""))
            #expect(reversed.text.contains("id=\"period-from\" value=\"2025-W52\""), "what was typed is kept")
            #expect(reversed.text.contains("aria-invalid=\"true\""))
            #expect(reversed.text.contains("id=\"diagnosis-evidence\""))
            _ = try await sellerBrowser.post("/language", form: [("language", "sv"), ("returnTo", "/")])
            let empty = try await sellerBrowser.get("/?from=&to=2025-W40")
            #expect(empty.status == .ok)
            #expect(empty.text.contains("id=\"period-error\""))
            #expect(empty.text.contains("Visar "), "in the reader's language")
        }
    }

    @Test func eachRoleStartsWhereAttentionIsNeeded() async throws {
        try await withServer { server in
            try await DiagnosisAPITests.seed(server)
            let weeks = "from=2025-W40&to=2025-W52"

            let leader = TestBrowser(server)
            try await leader.signIn(server.demo.logins.leader.email)
            let organization = try await leader.get("/?\(weeks)")
            #expect(organization.status == .ok)
            #expect(organization.text.contains("id=\"start-markets\"") && organization.text.contains("id=\"start-teams\""))
            for market in server.demo.markets { #expect(organization.text.contains(">\(market.name)</a>"), "\(market.name)") }

            let manager = server.demo.logins.manager
            let managerBrowser = TestBrowser(server)
            try await managerBrowser.signIn(manager.email)
            let team = try await managerBrowser.get("/?\(weeks)")
            #expect(team.status == .ok)
            for seller in server.demo.people where seller.teamID == manager.teamID && seller.accessRole == .seller && seller.isActive {
                #expect(team.text.contains("id=\"start-seller-\(seller.id)\""), "\(seller.name)")
            }

            let seller = TestBrowser(server)
            try await seller.signIn(server.demo.logins.seller.email)
            let own = try await seller.get("/?\(weeks)")
            #expect(own.status == .ok)
            #expect(own.text.contains("id=\"start-work-on\"") && own.text.contains("id=\"start-due\"") && own.text.contains("id=\"start-stalled\""))
            #expect(!own.text.contains("id=\"start-sellers\""))
            #expect(try await seller.get("/?scope=organization").status == .forbidden)
        }
    }
}

