import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// What an admin reads of what happened: a person's change history (who, when, each field from →
/// to, with names for teams and markets, in the reader's language) and who imported which file
/// with which mapping, on the page as in the API.
@Suite(.serialized) struct ChangeHistoryPagesTests {
    @Test func aMarketAndTeamChangeReadsWithWhoAndFromTo() async throws {
        try await withServer { server in
            let demo = server.demo
            let seller = demo.logins.seller
            let oldMarket = try #require(demo.markets.first { $0.id == seller.marketID })
            let newMarket = try #require(demo.markets.first { $0.id != seller.marketID })
            let oldTeam = try #require(demo.teams.first { $0.id == seller.teamID })
            let newTeam = try #require(demo.teams.first { $0.id != seller.teamID && $0.isActive })
            let admin = TestBrowser(server)
            _ = try await admin.signIn(demo.logins.admin.email)
            admin.acceptLanguage = "sv"
            let swedish = Localizer(.swedish)

            // MUT
            try await admin.get("/people/\(seller.id)/edit")
            var form = [("name", seller.name), ("email", seller.email), ("jobRole", seller.jobRole.rawValue),
                        ("accessRole", seller.accessRole.rawValue), ("teamID", newTeam.id.description), ("marketID", newMarket.id.description)]
            form += seller.leaderMarketIDs.map { ("leaderMarketIDs[]", $0.description) }
            let saved = try await admin.post("/people/\(seller.id)/edit", form: form)
            let page = try await admin.get("/people/\(seller.id)")
            let history = try #require(page.text.components(separatedBy: "id=\"audit-trail\"").dropFirst().first)

            // validate: who, from → to by name, field names in Swedish, no ids
            #expect(saved.status == .seeOther)
            #expect(history.contains(Node.escape(swedish(.historyBy, ["name": demo.logins.admin.name]))))
            #expect(history.contains(Node.escape("\(swedish.market(oldMarket)) → \(swedish.market(newMarket))")), "\(history.prefix(2000))")
            #expect(history.contains(Node.escape("\(oldTeam.name) → \(newTeam.name)")))
            #expect(history.contains(">\(swedish(.personMarket))<"))
            #expect(!history.contains(oldMarket.id.description) && !history.contains(newMarket.id.description))
            #expect(!history.contains(oldTeam.id.description) && !history.contains(newTeam.id.description))

            // validate: the audit log names them the same way
            let log = try await admin.get("/admin/audit?person=\(seller.id)")
            #expect(log.text.contains(Node.escape("\(swedish.market(oldMarket)) → \(swedish.market(newMarket))")))
            #expect(!log.text.contains("marketID") && !log.text.contains(newMarket.id.description))
        }
    }

    @Test func recentImportsSayWhoImportedWhenWithWhichMapping() async throws {
        try await withServer { server in
            let leader = server.demo.logins.leader
            let token = try await server.token(for: leader)
            let csv = "Record ID,Deal Name,Deal owner,Deal Stage,Amount,Create Date,Close Date,Associated Company\n"
                + "H1,Fleet renewal,\(server.demo.logins.seller.email),Contract Sent,5000,2019-02-01,,\n"
            let imported = try await server.api(.POST, "/api/v1/imports?kind=deals&mapping=hubspot-deals&asOf=2019-06-30", token: token, csv: csv)
            #expect(imported.status == .ok, "\(imported.text.prefix(300))")
            let browser = TestBrowser(server)
            _ = try await browser.signIn(leader.email)

            // MUT
            let page = try await browser.get("/imports")
            let runs = try await server.api(.GET, "/api/v1/imports", token: token).json()

            // validate
            let table = try #require(page.text.components(separatedBy: "id=\"import-runs\"").dropFirst().first)
            let text = Localizer(.english)
            #expect(table.contains(text(.importImportedBy)) && table.contains(text(.importImportedAt)) && table.contains(text(.importMapping)))
            #expect(table.contains(Node.escape(leader.name)) && table.contains("hubspot-deals"))
            let first = try #require((runs["items"] as? [[String: Any]])?.first)
            #expect(first["importedByName"] as? String == leader.name && first["mapping"] as? String == "hubspot-deals")
        }
    }
}
