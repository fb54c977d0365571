import FluentKit
import Foundation
import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// The stall analysis reads each open deal's current stay as one row; it must be the stay
    /// the deal's whole stored history ends in.
    @Suite struct OpenDealStaysStoreTests {
        @Test(arguments: StoreBackend.available)
        func everyOpenDealsCurrentStayIsTheLastStayOfItsHistory(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let (demo, generator) = ExecutionSeedingStoreTests.generated()
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                try await ExecutionSeeding(database: database, organizationID: demo.organization.id)
                    .store(generator.sellers.map(generator.execution(for:)), at: StoreFixture.now)
                let store = DealStore(database: database, organizationID: demo.organization.id)
                let histories = try await store.histories()
                let expected = Set(histories.compactMap(OpenDealStay.init))
                #expect(expected.count > 10, "the generator leaves deals open")
                #expect(expected.contains { $0.currentStay != nil })

                // MUT
                let everyone = try await store.openDealStays(ownedBy: nil)
                let owners = Array(Set(expected.map(\.ownerID)).prefix(3))
                let some = try await store.openDealStays(ownedBy: owners)

                // validate
                #expect(Set(everyone.stays) == expected)
                #expect(everyone.stays.count == expected.count, "one row per deal")
                #expect(Set(some.stays) == expected.filter { owners.contains($0.ownerID) })
                let teamOf = Dictionary(demo.people.compactMap { person in person.teamID.map { (person.id, $0) } }, uniquingKeysWith: { first, _ in first })
                for owner in Set(expected.map(\.ownerID)) { #expect(everyone.teamByOwner[owner] == teamOf[owner]) }
            }
        }
    }
}
