import FluentKit
import Foundation
@testable import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// The reason occurrences behind a team's distinct people per reason stay exact through a
    /// seller's postponements and a manager's reviews, and migration 008 fills them for a
    /// database that had reason rows before it.
    @Suite struct ReasonOccurrenceRollupStoreTests {
        static let seeding = StoreSeeding("reason-occurrences") { try await seeded($0) }

        /// The generated organization with eight weeks of history, rollups written.
        static func seeded(_ database: any Database) async throws -> DemoOrganization {
            let (demo, generator) = ExecutionSeedingStoreTests.generated()
            try await Organizations(database: database).store(demo, passwordHashes: [:])
            try await ExecutionSeeding(database: database, organizationID: demo.organization.id)
                .store(generator.sellers.map(generator.execution(for:)), at: StoreFixture.now)
            return demo
        }

        @Test(arguments: StoreBackend.available)
        func loggedPostponementsAndReviewsKeepTheGiversExact(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: Self.seeding) { database, demo in
                // setup
                let stored = try await PostponementStore(database: database, organizationID: demo.organization.id).postponements()
                let first = try #require(stored.min { $0.from < $1.from })
                let log = ActivityLog(database: database, organizationID: demo.organization.id)

                // MUT: the same seller gives the same reason two weeks before their earliest
                // postponement, which becomes the chain's new start and relinks the old one.
                let earlier = first.from.addingTimeInterval(-14 * 86_400)
                let activity = try await log.log(
                    .init(type: "Call", plannedDate: earlier, durationMinutes: 30), owner: first.ownerID, actor: first.ownerID, at: StoreFixture.now)
                _ = try await log.postpone(activity.id, to: earlier.addingTimeInterval(86_400), reason: first.reasonCode, actor: first.ownerID, at: StoreFixture.now)
                // validate
                try await ExecutionRollupsStoreTests.expectReasonGiversEqualRecomputed(database, demo)

                // MUT: a dropped activity with another reason, then a review.
                let dropped = try await log.log(
                    .init(type: "Meeting", plannedDate: first.from, durationMinutes: 60), owner: first.ownerID, actor: first.ownerID, at: StoreFixture.now)
                _ = try await log.postpone(dropped.id, to: nil, reason: "customer_unavailable", actor: first.ownerID, at: StoreFixture.now)
                _ = try await log.review(first.id, verdict: .acceptedExcuse, note: nil, reviewer: demo.logins.manager.id, at: StoreFixture.now)
                // validate
                try await ExecutionRollupsStoreTests.expectReasonGiversEqualRecomputed(database, demo)
            }
        }

        @Test(arguments: StoreBackend.available)
        func anUpgradedDatabaseGetsItsReasonRowsFromTheDerivedData(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: Self.seeding) { database, demo in
                // setup: rollups written, then the table taken away as before migration 008.
                try await CreateReasonOccurrenceRollups().revert(on: database)

                // MUT: the migration makes the table, the first start fills it.
                try await CreateReasonOccurrenceRollups().prepare(on: database)
                try await DerivedDataTests.upgrade(database)

                // validate
                try await ExecutionRollupsStoreTests.expectReasonGiversEqualRecomputed(database, demo)
            }
        }
    }
}
