import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// The audit log page, its files and API, and a person's data export, over HTTP.
@Suite(.serialized) struct AuditAndExportTests {
    @Test func signInsAndTokensReachTheAdminsAuditPageFilesAndAPI() async throws {
        try await withServer { server in
            let demo = server.demo
            // setup: a wrong password, a web sign-in and an API token for the seller
            let seller = TestBrowser(server)
            _ = try await seller.signIn(demo.logins.seller.email, password: "not-the-password-1")
            _ = try await seller.signIn(demo.logins.seller.email)
            let token = try await server.token(for: demo.logins.seller)
            let admin = TestBrowser(server)
            _ = try await admin.signIn(demo.logins.admin.email)

            // MUT: the page, filtered by the seller's e-mail and kind, in Swedish
            admin.acceptLanguage = "sv"
            let page = try await admin.get("/admin/audit?person=\(demo.logins.seller.email)&kind=sign_in")

            // validate
            #expect(page.status == .ok)
            #expect(page.text.contains("id=\"nav-audit-log\""))
            #expect(page.text.contains("id=\"audit-events\""))
            #expect(page.text.contains(demo.logins.seller.email))
            #expect(!page.text.contains("not-the-password-1"))
            let rows = page.text.components(separatedBy: "<tr>").count - 2
            #expect(rows == 3, "a failure, a web and an API sign-in")

            let csv = try await admin.get("/admin/audit.csv?person=\(demo.logins.seller.id)&kind=sign_in")
            #expect(csv.status == .ok)
            #expect(csv.headers.contentType?.subType == "csv")
            let lines = csv.text.split(separator: "\r\n")
            #expect(lines.first?.hasSuffix("occurred_at,actor_id,actor,kind,action,entity_id,person_id,person,changes") == true)
            #expect(lines.count == 4)

            let adminToken = try await server.token(for: demo.logins.admin)
            let api = try await server.api(.GET, "/api/v1/audit-events?kind=api_token&person=\(demo.logins.seller.id)", token: adminToken)
            #expect(api.status == .ok)
            let items = try #require(try api.json()["items"] as? [[String: Any]])
            #expect(items.count == 1 && items.first?["action"] as? String == "created")
            #expect(items.first?["personName"] as? String == demo.logins.seller.name)

            // Each file and API read is itself recorded as an export.
            let exports = try await server.api(.GET, "/api/v1/audit-events?kind=export", token: adminToken)
            #expect(try exports.json()["total"] as? Int == 2)

            // validate: refused to everyone else, and a bad filter named
            for person in [demo.logins.seller, demo.logins.manager, demo.logins.leader] {
                let browser = TestBrowser(server)
                _ = try await browser.signIn(person.email)
                #expect(try await browser.get("/admin/audit").status == .forbidden, "\(person.email)")
                #expect(try await browser.get("/admin/audit.csv").status == .forbidden, "\(person.email)")
            }
            #expect(try await server.api(.GET, "/api/v1/audit-events", token: token).status == .forbidden)
            let badDay = try await server.api(.GET, "/api/v1/audit-events?from=2026-02-30", token: adminToken)
            #expect(badDay.status == .badRequest)
            #expect((try badDay.json()["error"] as? [String: Any])?["field"] as? String == "from")
            let nobody = try await admin.get("/admin/audit?person=nobody@example.test")
            #expect(nobody.status == .unprocessableEntity)
            #expect(nobody.text.contains("nobody@example.test"))
        }
    }

    @Test func aPersonExportsTheirOwnDataAndAnAdminAnyones() async throws {
        try await withServer { server in
            let demo = server.demo
            let seller = demo.logins.seller
            let teammate = try #require(demo.people.first { $0.teamID == seller.teamID && $0.id != seller.id && $0.accessRole == .seller })
            let browser = TestBrowser(server)
            _ = try await browser.signIn(seller.email)

            // MUT
            let profile = try await browser.get("/people/\(seller.id)")
            let summary = try await browser.get("/people/\(seller.id)/export")
            let file = try await browser.get("/people/\(seller.id)/export.json")

            // validate
            #expect(profile.text.contains("id=\"person-export\""))
            #expect(summary.status == .ok)
            #expect(summary.text.contains("id=\"export-title\"") && summary.text.contains(seller.email))
            #expect(file.status == .ok && file.headers.first(name: .contentDisposition)?.contains("attachment") == true)
            let export = try #require(try JSONSerialization.jsonObject(with: file.body) as? [String: Any])
            #expect(export["reader"] as? String == "person")
            #expect(Set(export.keys).isSuperset(of: ["profile", "teamHistory", "competence", "execution", "audit", "withheld"]))
            #expect(try await browser.get("/people/\(teammate.id)/export").status == .notFound)

            let adminToken = try await server.token(for: demo.logins.admin)
            let byAdmin = try await server.api(.GET, "/api/v1/people/\(teammate.id)/export", token: adminToken)
            #expect(byAdmin.status == .ok)
            #expect(try byAdmin.json()["reader"] as? String == "administrator")
            let recorded = try await server.api(.GET, "/api/v1/audit-events?kind=export&person=\(seller.id)", token: adminToken)
            #expect(try recorded.json()["total"] as? Int == 2, "the summary and the file")
        }
    }
}
