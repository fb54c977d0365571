import FluentKit
import Foundation
import KeelStore
import SalesDomain
import SQLKit
import Testing

extension StoreSuites {
    /// Storing a generated year of execution data and reading it back through the stores the
    /// analyses use.
    @Suite struct ExecutionSeedingStoreTests {
        /// Twelve sellers (and their managers and leaders), eight weeks before the fixture's now.
        static func generated() -> (DemoOrganization, DemoExecutionGenerator) {
            let demo = StoreFixture.demo(sellers: 12, seed: 7)
            let spec = DemoExecutionSpec.weeks(8, endingBefore: StoreFixture.now, seed: 7, calendar: .stockholm)
            return (demo, DemoExecutionGenerator(demo, spec: spec))
        }

        /// The stored accounts' ids by name, read with SQL because no repository lists accounts yet.
        static func accountIDs(_ database: any Database, _ organization: Organization.ID) async throws -> [String: UUID] {
            struct Row: Decodable { var id: UUID; var name: String }
            let rows = try await (database as! any SQLDatabase).select().column("id").column("name").from("accounts")
                .where("organization_id", .equal, organization.rawValue).all(decoding: Row.self)
            return Dictionary(uniqueKeysWithValues: rows.map { ($0.name, $0.id) })
        }

        @Test(arguments: StoreBackend.available)
        func everyGeneratedRecordReadsBackWithAccountsMergedByName(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let (demo, generator) = Self.generated()
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                let batches = generator.sellers.chunked(5).map { $0.map(generator.execution(for:)) }
                let all = batches.flatMap { $0 }

                // MUT: three transactions, so an account name can recur across batches too.
                let seeding = ExecutionSeeding(database: database, organizationID: demo.organization.id)
                var counts = ExecutionSeeding.Counts()
                for batch in batches {
                    counts = counts + (try await seeding.store(batch, at: StoreFixture.now))
                }

                // validate
                let generatedAccounts = all.flatMap(\.accounts)
                let names = Set(generatedAccounts.map(\.name))
                let accountIDs = try await Self.accountIDs(database, demo.organization.id)
                #expect(counts.accounts == names.count)
                #expect(Set(accountIDs.keys) == names)
                let nameOf = Dictionary(generatedAccounts.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
                func merged(_ id: Account.ID?) -> Account.ID? {
                    id.map { Account.ID(accountIDs[nameOf[$0]!]!) }
                }

                let activities = try await ActivityStore(database: database, organizationID: demo.organization.id).activities()
                let expectedActivities = all.flatMap(\.activities).map { activity in
                    var copy = activity
                    copy.accountID = merged(activity.accountID)
                    return copy
                }
                #expect(counts.activities == expectedActivities.count)
                #expect(activities.count == expectedActivities.count)
                #expect(Set(activities) == Set(expectedActivities))
                #expect(activities.allSatisfy { $0.source == .generated })
                #expect(activities.contains { $0.doneDate == nil } && activities.contains { $0.doneDate != nil })

                let store = DealStore(database: database, organizationID: demo.organization.id)
                let deals = try await store.deals()
                let expectedDeals = all.flatMap(\.deals).map { deal in
                    var copy = deal
                    copy.accountID = merged(deal.accountID)
                    copy.externalID = deal.id.rawValue.uuidString
                    return copy
                }
                #expect(counts.deals == expectedDeals.count)
                #expect(deals.count == expectedDeals.count)
                #expect(Set(deals) == Set(expectedDeals))
                let transitions = try await store.transitions()
                #expect(counts.transitions == all.flatMap(\.transitions).count)
                #expect(Set(transitions) == Set(all.flatMap(\.transitions)))

                let postponements = try await PostponementStore(database: database, organizationID: demo.organization.id).postponements()
                let expectedPostponements = all.flatMap(\.postponements)
                #expect(counts.postponements == expectedPostponements.count)
                #expect(Set(postponements) == Set(expectedPostponements))
                #expect(postponements.contains(where: \.isDropped) && postponements.contains { $0.movedTo != nil })
                #expect(Set(postponements.compactMap(\.review?.verdict)) == Set(ReviewVerdict.allCases))

                let seller = generator.sellers[0].personID
                let own = try await PostponementStore(database: database, organizationID: demo.organization.id).postponements(ownedBy: seller)
                #expect(own.map(\.id) == expectedPostponements.filter { $0.ownerID == seller }
                    .sorted { ($0.from, $0.loggedAt) < ($1.from, $1.loggedAt) }.map(\.id))
            }
        }

        @Test(arguments: StoreBackend.available)
        func aLaterSellersAccountWithAStoredNameIsMergedIntoIt(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup: one seller's year stored.
                let (demo, generator) = Self.generated()
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                let seeding = ExecutionSeeding(database: database, organizationID: demo.organization.id)
                let first = generator.execution(for: generator.sellers[0])
                try await seeding.store([first], at: StoreFixture.now)
                let before = try await Self.accountIDs(database, demo.organization.id)

                // MUT: a second seller whose customers all carry names the first seller's have.
                var second = generator.execution(for: generator.sellers[1])
                second.accounts = second.accounts.enumerated().map { index, account in
                    Account(id: account.id, organizationID: account.organizationID, name: first.accounts[index % first.accounts.count].name)
                }
                let counts = try await seeding.store([second], at: StoreFixture.now)

                // validate
                #expect(counts.accounts == 0)
                #expect(try await Self.accountIDs(database, demo.organization.id) == before)
                let nameOf = Dictionary(uniqueKeysWithValues: second.accounts.map { ($0.id, $0.name) })
                let deals = try await DealStore(database: database, organizationID: demo.organization.id).deals()
                #expect(deals.count == first.deals.count + second.deals.count)
                let storedDeals = Dictionary(uniqueKeysWithValues: deals.map { ($0.id, $0) })
                for deal in second.deals {
                    #expect(storedDeals[deal.id]?.accountID == deal.accountID.map { Account.ID(before[nameOf[$0]!]!) })
                }
                let activities = try await ActivityStore(database: database, organizationID: demo.organization.id)
                    .activities(ownedBy: generator.sellers[1].personID)
                #expect(activities.count == second.activities.count)
                #expect(activities.contains { $0.accountID != nil })
                #expect(activities.allSatisfy { $0.accountID.map { before.values.contains($0.rawValue) } ?? true })
            }
        }
    }
}

extension Array {
    /// Consecutive slices of at most `size` elements, for writing test data in batches.
    func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
