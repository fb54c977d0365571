import FluentKit
import Foundation
import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// The stall bars the database computes from the won-stay rollups must be the percentiles
    /// the domain computes from the deals' whole histories, for every team (with its subtree)
    /// and the organization.
    @Suite struct WonStayPercentilesStoreTests {
        static let wonDealHistory = StoreSeeding("won-deal-history-12-7") { try await storeWonDealHistory($0) }

        /// A small organization with forty weeks of generated work, so that deals are won
        /// through several stages and some open ones sit long.
        static func storeWonDealHistory(_ database: any Database) async throws -> DemoOrganization {
            let demo = StoreFixture.demo(sellers: 12, seed: 7)
            let generator = DemoExecutionGenerator(demo, spec: DemoExecutionSpec.weeks(40, endingBefore: StoreFixture.now, seed: 7, calendar: .stockholm))
            try await Organizations(database: database).store(demo, passwordHashes: [:])
            try await ExecutionSeeding(database: database, organizationID: demo.organization.id)
                .store(generator.sellers.map(generator.execution(for:)), at: StoreFixture.now)
            return demo
        }

        @Test(arguments: StoreBackend.available)
        func theDatabasesStallBarsArePercentilesOfTheWonDealsHistories(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: Self.wonDealHistory) { database, demo in
                // setup
                let histories = try await DealStore(database: database, organizationID: demo.organization.id).histories()
                let hierarchy = TeamHierarchy(demo.teams)

                for percentile in [0.75, 0.5, 0.9] {
                    // MUT
                    let bars = try await ExecutionRollups(database: database, organizationID: demo.organization.id, calendar: .stockholm)
                        .wonStayPercentiles(scopes: demo.teams.map(\.id.rawValue) + [demo.organization.id.rawValue], percentile: percentile)

                    // validate: each group's bar from its members' won deals, by the domain's own rule.
                    let policy = StallPolicy(percentile: percentile, minimumWonDeals: 1)
                    var expected: [String: (Int, Double)] = [:]
                    let domain = StageVelocity.stallThresholds(
                        histories: histories, teams: StageVelocity.stallBarTeams(people: demo.people, hierarchy: hierarchy),
                        policy: policy, calendar: .stockholm)
                    for reference in domain.teamReferences {
                        expected["\(reference.teamID!.rawValue) \(reference.stage)"] = (reference.wonDeals, reference.days)
                    }
                    for reference in domain.organizationReferences {
                        expected["\(demo.organization.id.rawValue) \(reference.stage)"] = (reference.wonDeals, reference.days)
                    }
                    #expect(expected.count > 5, "the generator wins deals through several stages")
                    #expect(bars.count == expected.count)
                    for bar in bars {
                        let want = try #require(expected["\(bar.scope) \(bar.stage)"], "\(bar.scope) \(bar.stage)")
                        #expect(bar.wonDeals == want.0)
                        #expect(abs(bar.days - want.1) < 1e-9, "\(bar.stage) at \(percentile): \(bar.days) vs \(want.1)")
                    }
                }
            }
        }
    }
}
