import Foundation
@testable import KeelServer
import KeelStore
import SalesDomain
import Testing
import Vapor

/// The import page's history and `GET /api/v1/imports` are one query: for a seller, a manager,
/// a leader of one market, a leader and an admin, both refuse alike or list the same latest
/// imports of the whole organization, and the API counts them all.
@Suite(.serialized) struct ImportHistoryAccessTests {
    @Test func eachRoleSeesTheSameImportsOnThePageAndInTheAPI() async throws {
        try await withServer { server in
            // setup
            let demo = server.demo
            let admin = try await server.token(for: demo.logins.admin)
            for n in 1...3 {
                let csv = "product,series,sales_price\nHistory \(n),GTX,\(100 * n)\n"
                let imported = try await server.api(.POST, "/api/v1/imports?kind=products&mapping=maven-crm-products", token: admin, csv: csv)
                try #require(imported.status == .ok, "\(imported.text)")
                server.clock.advance(by: 60)
            }

            for (name, person) in try await server.viewersOfEachRole() {
                let reads = person.accessRole >= Capability.importData.minimumRole
                let (token, browser) = try await server.signedIn(person)
                // MUT
                let api = try await server.api(.GET, "/api/v1/imports", token: token)
                let page = try await browser.get("/imports")
                // validate
                guard reads else {
                    #expect(api.status == .forbidden, "\(name): \(api.text)")
                    #expect(page.status == .forbidden, "\(name)")
                    continue
                }
                try #require(api.status == .ok && page.status == .ok, "\(name): \(api.text)")
                let body = try api.json()
                let items = try #require(body["items"] as? [[String: Any]])
                #expect(items.map { $0["fileName"] as? String } == ["upload.csv", "upload.csv", "upload.csv"], "\(name)")
                #expect(items.allSatisfy { $0["importedByName"] as? String == demo.logins.admin.name }, "\(name): the organization's imports")
                #expect(body["total"] as? Int == 3 && body["limit"] as? Int == ImportHistoryQuery.latest.limit, "\(name)")
                let rows = page.text.components(separatedBy: "<td>\(demo.logins.admin.name)</td>").count - 1
                #expect(rows == items.count, "\(name): the page lists the API's imports")
            }
        }
    }
}
