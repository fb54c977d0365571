import FluentKit
import Foundation
import KeelImport
import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// An activity import keeps every group's rollups equal to a recomputation, whether the
    /// owners had history before (their rows are read back) or the file is all they have (their
    /// tallies are summed as the rows stream past), and when rows change hands on a re-import.
    @Suite struct ActivityImportRollupStoreTests {
        static let header = "Record ID,Activity type,Activity title,Activity assigned to,Activity date,Completed date,Duration (minutes),Associated Deal\n"

        /// Five rows for each seller, planned in December 2025, some done (early, on time, late).
        static func rows(_ emails: [String], prefix: String = "HS") -> String {
            var csv = ""
            for (index, email) in emails.enumerated() {
                for n in 0..<5 {
                    let planned = 1 + (index * 3 + n * 4) % 20
                    let done = n % 3 == 0 ? "" : String(format: "2025-12-%02d", max(1, planned + n - 2))
                    csv += "\(prefix)-\(index)-\(n),\(["Call", "Meeting", "Email"][n % 3]),Row \(n),\(email),\(String(format: "2025-12-%02d", planned)),\(done),\(15 * (n + 1)),\n"
                }
            }
            return csv
        }

        @Test(arguments: StoreBackend.available)
        func importsKeepEveryGroupEqualToARecomputation(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let (demo, generator) = ExecutionSeedingStoreTests.generated()
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                // Half the sellers have a history with postponements; the other half have none.
                let seeded = Array(generator.sellers.prefix(generator.sellers.count / 2))
                try await ExecutionSeeding(database: database, organizationID: demo.organization.id)
                    .store(seeded.map(generator.execution(for:)), at: StoreFixture.now)
                let email = Dictionary(uniqueKeysWithValues: demo.people.map { ($0.id, $0.email) })
                let emails = generator.sellers.map { email[$0.personID]! }
                let importer = CRMImport(database: database, organizationID: demo.organization.id)
                let mapping = BuiltInMappings.named("hubspot-engagements")!
                func importActivities(_ rows: String) async throws -> ImportSummary {
                    try await importer.importActivities(try RecordStream.activities(CSVReader(string: Self.header + rows), mapping: mapping),
                                                        options: CRMImport.Options(fileName: "activities.csv", mapping: mapping.name, asOf: StoreFixture.now))
                }

                let first = try await importActivities(Self.rows(emails))
                #expect(first.inserted == emails.count * 5 && !first.isRejected, "\(first.report)")
                try await ExecutionRollupsStoreTests.expectStoredEqualsRecomputed(database, demo)

                let again = try await importActivities(Self.rows(emails))
                #expect(again.unchanged == emails.count * 5)
                try await ExecutionRollupsStoreTests.expectStoredEqualsRecomputed(database, demo)

                // Rows change hands between sellers with and without history; a manager without
                // any gets new rows first and then, further down, a seller's rows.
                let manager = demo.people.first { person in !generator.sellers.contains { $0.personID == person.id } }!
                var owners = Array(emails.reversed())
                owners[0] = manager.email
                let moved = Self.rows([manager.email], prefix: "NEW") + Self.rows(owners)
                let third = try await importActivities(moved)
                #expect(third.updated > 0 && third.inserted == 5, "\(third.report)")
                try await ExecutionRollupsStoreTests.expectStoredEqualsRecomputed(database, demo)
            }
        }
    }
}
