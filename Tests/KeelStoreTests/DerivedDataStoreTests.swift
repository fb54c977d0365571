import FluentKit
import Foundation
@testable import KeelStore
import SalesDomain
import SQLKit
import Testing

/// Derived tables are filled by the running release after the migrations, never by a migration:
/// a database at the current version is left alone, an older one is recomputed once.
enum DerivedDataTests {
    /// As the first start after an upgrade sees a database whose derived data predates this release.
    static func upgrade(_ database: any Database) async throws {
        try await (database as! any SQLDatabase).delete(from: DerivedData.table).run()
        try await DerivedData.refresh(on: database)
    }

    struct Stay: Decodable, Equatable {
        var id: UUID
        var stage_entered_at: Date?
        var stage_entered_day: Int?
        var stall_bar_days: Double?
        var owner_team_path: String?
    }

    static func stays(_ database: any Database) async throws -> [Stay] {
        try await (database as! any SQLDatabase).select()
            .columns("id", "stage_entered_at", "stage_entered_day", "stall_bar_days", "owner_team_path")
            .from(DealModel.schema).orderBy("id").all(decoding: Stay.self)
    }
}

extension StoreSuites {
    @Suite struct DerivedDataStoreTests {
        @Test(arguments: StoreBackend.available)
        func aMigratedDatabaseHoldsTheCurrentVersion(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                struct Row: Decodable { var name: String; var version: Int }
                let rows = try await (database as! any SQLDatabase).select().columns("name", "version")
                    .from(DerivedData.table).all(decoding: Row.self)
                #expect(rows.map(\.version) == [DerivedData.version])
            }
        }

        @Test(arguments: StoreBackend.available)
        func anUpgradeRecomputesWhatOlderMigrationsFilledAndACurrentDatabaseIsLeftAlone(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: WonStayPercentilesStoreTests.wonDealHistory) { database, _ in
                // setup: deals with stays, bars and team paths as the release keeps them on write.
                let kept = try await DerivedDataTests.stays(database)
                #expect(kept.contains { $0.stall_bar_days != nil })
                let sql = database as! any SQLDatabase
                try await sql.update(DealModel.schema).set("stage_entered_at", to: SQLLiteral.null)
                    .set("stage_entered_day", to: SQLLiteral.null).set("stall_bar_days", to: SQLLiteral.null)
                    .set("owner_team_path", to: SQLLiteral.null).run()

                // MUT: a database at the current version is not touched …
                try await DerivedData.refresh(on: database)
                #expect(try await DerivedDataTests.stays(database).allSatisfy { $0.stage_entered_day == nil })
                // … one from before it gets every derived value back from the stored facts.
                try await DerivedDataTests.upgrade(database)

                // validate
                #expect(try await DerivedDataTests.stays(database) == kept)
            }
        }
    }
}
