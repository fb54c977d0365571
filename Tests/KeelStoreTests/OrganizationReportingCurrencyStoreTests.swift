import FluentKit
import Foundation
@testable import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// The reporting currency is one audited setting: SEK until set, the demo's stored explicitly.
    @Suite struct OrganizationReportingCurrencyStoreTests {
        @Test(arguments: StoreBackend.available)
        func theCurrencyIsSetAuditedAndReadBack(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let demo = StoreFixture.demo()
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                let settings = OrganizationSettings(database: database, organizationID: demo.organization.id)
                #expect(try await settings.reportingCurrency().code == "SEK", "the demo's head office is in Sweden")
                let leader = demo.logins.leader.id
                let nok = try #require(ReportingCurrency(code: "NOK"))
                // MUT
                try await settings.setReportingCurrency(nok, by: leader, at: StoreFixture.now)
                try await settings.setReportingCurrency(nok, by: leader, at: StoreFixture.now)
                // validate: read back, one audit entry for the one change, no other organization touched
                #expect(try await settings.reportingCurrency() == nok)
                let changes = try await AuditEventModel.query(on: database).filter(\.$entity == "setting")
                    .filter(\.$organizationID == demo.organization.id.rawValue).all()
                    .filter { $0.changes.contains("reporting-currency") }
                #expect(changes.count == 2, "the demo's SEK when stored, then the leader's NOK; the repeat changed nothing")
                #expect(changes.contains { $0.actorID == leader.rawValue && $0.changes.contains("NOK") })
                let unstored = OrganizationSettings(database: database, organizationID: Organization.ID(UUID()))
                #expect(try await unstored.reportingCurrency() == .standard, "Keel's default until set")
            }
        }
    }
}
