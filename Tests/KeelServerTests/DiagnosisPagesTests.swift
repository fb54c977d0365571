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

            // A seller's profile leads on (issue 13): each of their pages the manager may open, and it opens.
            let profile = try await managerBrowser.get("/people/\(teamSellers[0].id)")
            for id in ["person-diagnosis", "person-coaching", "person-competence", "person-practice"] {
                let href = try #require(profile.text.firstMatch(of: try Regex("href=\"([^\"]+)\" id=\"\(id)\""))?.output[1].substring, "\(id)")
                #expect(try await managerBrowser.get(String(href).replacingOccurrences(of: "&amp;", with: "&")).status == .ok, "\(id)")
            }
            let leaderBrowser = TestBrowser(server)
            try await leaderBrowser.signIn(server.demo.logins.admin.email)
            let led = try await leaderBrowser.get("/people/\(teamSellers[0].id)")
            #expect(led.text.contains("id=\"person-diagnosis\"") && !led.text.contains("id=\"person-coaching\""), "leadership never reads the conversations")

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

            // A seller's postponements to review open the review list of exactly those (issue 13):
            // that seller, those weeks, unreviewed — "n of m" the same number.
            let reviewed = try #require(server.demo.people.first { person in
                person.teamID == manager.teamID && person.accessRole == .seller && team.text.contains("id=\"start-unreviewed-\(person.id)\"")
            })
            let link = "/teams/\(try #require(manager.teamID))?person=\(reviewed.id)&status=unreviewed&from=2025-W40&to=2025-W52#postponements"
            #expect(team.text.contains("href=\"\(link.replacingOccurrences(of: "&", with: "&amp;"))\""))
            let list = try await managerBrowser.get(link)
            #expect(list.status == .ok)
            let count = try #require(team.text.firstMatch(of: try Regex("id=\"start-unreviewed-\(reviewed.id)\">([0-9]+)<"))?.output[1].substring)
            #expect(list.text.contains("of \(count) postponements; \(count) of them not reviewed yet"))
            #expect(list.text.contains("name=\"from\" value=\"2025-W40\""), "narrowing the list keeps the period")

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

