import FluentKit
import Foundation
@testable import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// Time in stage and conversion summed by the database over a month range must equal the
    /// domain's computation over every one of the group's deal-fact rows, for every group.
    @Suite struct DealMomentumStoreTests {
        @Test(arguments: StoreBackend.available)
        func theDatabasesMonthSumsGiveTheMomentumOfEveryRow(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: WonStayPercentilesStoreTests.wonDealHistory) { database, demo in
                // setup: forty weeks, so that deals move through several stages and months.
                let organization = demo.organization.id
                let rollups = ExecutionRollups(database: database, organizationID: organization, calendar: .stockholm)
                let analytics = ExecutionAnalytics(database: database, organizationID: organization, calendar: .stockholm)
                let scopes: [AnalysisScope] = demo.people.map { .person($0.id) } + demo.teams.map { .team($0.id) }
                    + demo.markets.map { .market($0.id) } + [.organization]
                func month(_ year: Int, _ month: Int) -> CalendarMonth { CalendarMonth(year: year, month: month)! }
                let ranges: [ClosedRange<CalendarMonth>?] = [
                    nil, month(2025, 3)...month(2026, 1), month(2025, 6)...month(2025, 6), month(2025, 9)...month(2025, 11),
                    month(2026, 2)...month(2026, 12),
                ]
                var compared = 0

                for scope in scopes {
                    let facts = try await rollups.dealFacts(scopes: [analytics.rollupID(of: scope)])[analytics.rollupID(of: scope)] ?? .empty
                    for months in ranges {
                        // MUT
                        let momentum = try await analytics.momentum(scope, months: months)

                        // validate
                        #expect(momentum.timeInStage == facts.timeInStage(pipeline: .standard, months: months), "time in stage of \(scope) in \(String(describing: months))")
                        #expect(momentum.conversion == facts.conversion(pipeline: .standard, months: months), "conversion of \(scope) in \(String(describing: months))")
                        compared += momentum.timeInStage.reduce(0) { $0 + $1.completedDeals }
                    }
                }
                #expect(compared > 100, "the generator completes stays in the ranges compared")
            }
        }
    }
}
