import FluentKit
import Foundation
@testable import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// Writes that arrive together on a SQLite file — on as many connections as the server has
    /// event loops — all land: none answers "database is locked".
    @Suite struct ConcurrentWritesStoreTests {
        @Test func concurrentWriteTransactionsOnASQLiteFileAllLand() async throws {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("keel-concurrent-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            try await StandaloneDatabase.using(.sqliteFile(path: folder.appendingPathComponent("keel.sqlite").path)) { store in
                // setup
                try await store.migrate()
                let demo = StoreFixture.demo(sellers: 12)
                try await Organizations(database: store.database).store(demo, passwordHashes: [:])
                let parent = try #require(demo.teams.first { $0.parentID == nil })
                let seller = demo.logins.seller

                // MUT: teams added (a transaction that reads, then writes) and activities logged,
                // each on whichever connection it gets, all at once.
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for index in 0..<24 {
                        group.addTask {
                            let database = store.database
                            if index.isMultiple(of: 2) {
                                _ = try await Directory(database: database, organizationID: demo.organization.id).addTeam(
                                    TeamDraft(name: "Concurrent \(index)", parentID: parent.id, marketID: nil), actor: nil, at: StoreFixture.now)
                            } else {
                                _ = try await ActivityLog(database: database, organizationID: demo.organization.id).log(
                                    .init(type: "call", plannedDate: StoreFixture.now, durationMinutes: 30),
                                    owner: seller.id, actor: seller.id, at: StoreFixture.now)
                            }
                        }
                    }
                    try await group.waitForAll()
                }

                // validate
                let teams = try await Directory(database: store.database, organizationID: demo.organization.id).teams()
                #expect(teams.filter { $0.name.hasPrefix("Concurrent ") }.count == 12)
            }
        }
    }
}
