import FluentKit
import Foundation
import KeelImport
import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// The import history's one query, answered for every role: whoever may import reads every
    /// kept import of the organization — a leader of one market too — and nobody else reads any.
    @Suite struct ImportHistoryStoreTests {
        static func day(_ n: Double) -> Date { StoreFixture.now.addingTimeInterval(n * 86_400) }

        /// Imports one product per file, `count` files by `actor`, a day apart; a dry run is not kept.
        static func importProducts(_ importer: CRMImport, count: Int, actor: Person.ID?) async throws {
            for n in 1...count {
                let file = "product,series,sales_price\nProduct \(n),GTX,\(100 * n)\n"
                let products = try RecordStream.products(CSVReader(string: file), mapping: BuiltInMappings.named("maven-crm-products")!)
                _ = try await importer.importProducts(
                    products, options: .init(fileName: "products-\(n).csv", mapping: "maven-crm-products", asOf: day(Double(n)), actor: actor))
            }
            let dryRun = try RecordStream.products(CSVReader(string: "product,series,sales_price\nDry,GTX,1\n"),
                                                   mapping: BuiltInMappings.named("maven-crm-products")!)
            _ = try await importer.importProducts(
                dryRun, options: .init(fileName: "dry.csv", mapping: "maven-crm-products", asOf: day(99), dryRun: true, actor: actor))
        }

        @Test(arguments: StoreBackend.available)
        func whoeverMayImportReadsTheOrganizationsLatestImportsAndTheirCount(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let demo = StoreFixture.demo(sellers: 8)
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                let importer = CRMImport(database: database, organizationID: demo.organization.id)
                let admin = demo.logins.admin
                try await Self.importProducts(importer, count: 4, actor: admin.id)
                let hierarchy = TeamHierarchy(demo.teams)
                var marketLeader = demo.logins.leader
                marketLeader.leaderMarketIDs = [try #require(demo.people.compactMap(\.marketID).first)]
                let readers = [("leader", demo.logins.leader), ("market leader", marketLeader), ("admin", admin)]

                for (role, viewer) in readers {
                    let policy = AccessPolicy(viewer: Viewer(viewer), hierarchy: hierarchy)

                    // MUT
                    let all = try await importer.history(ImportHistoryQuery(limit: 10), for: policy)
                    let latest = try await importer.history(ImportHistoryQuery(limit: 3), for: policy)

                    // validate
                    #expect(all.total == 4 && latest.total == 4, "\(role): the dry run is not kept")
                    #expect(all.runs.map(\.fileName) == ["products-4.csv", "products-3.csv", "products-2.csv", "products-1.csv"], "\(role)")
                    #expect(latest.runs == Array(all.runs.prefix(3)), "\(role): the latest, newest first")
                    #expect(all.runs.allSatisfy { $0.actorID == admin.id.rawValue && $0.importedByName == admin.name }, "\(role)")
                }
            }
        }

        @Test(arguments: StoreBackend.available)
        func sellersAndManagersReadNoImports(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let demo = StoreFixture.demo(sellers: 8)
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                let importer = CRMImport(database: database, organizationID: demo.organization.id)
                try await Self.importProducts(importer, count: 1, actor: nil)
                let hierarchy = TeamHierarchy(demo.teams)

                for viewer in [demo.logins.seller, demo.logins.manager] {
                    // MUT, validate
                    await #expect(throws: AccessRefused(.forbidden, entity: "import"), "\(viewer.accessRole)") {
                        try await importer.history(.latest, for: AccessPolicy(viewer: Viewer(viewer), hierarchy: hierarchy))
                    }
                }
                let admin = AccessPolicy(viewer: Viewer(demo.logins.admin), hierarchy: hierarchy)
                let run = try #require(try await importer.history(.latest, for: admin).runs.first)
                #expect(run.actorID == nil && run.importedByName == nil, "`keel import` has nobody signed in")
            }
        }
    }
}
