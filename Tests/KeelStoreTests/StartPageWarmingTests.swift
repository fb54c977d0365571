import FluentKit
import Foundation
import KeelStore
import SalesDomain
import Synchronization
import Testing

extension StoreSuites {
    /// After a start, the wide start pages of leaders and administrators are decided before
    /// anyone asks (`DiagnosisStore.keepStartPages`), the organization's first, no more than the
    /// budget; what such a viewer then opens is the answer kept, not a new half-minute decision.
    @Suite struct StartPageWarmingTests {
        final class Clock: Sendable {
            let now = Mutex(StoreFixture.now)
            func advance(_ seconds: TimeInterval) { now.withLock { $0 += seconds } }
            func read() -> Date { now.withLock { $0 } }
        }

        static func startPage(of person: Person, _ demo: DemoOrganization, store: DiagnosisStore, asOf: Date) async throws -> WhereToAct {
            let query = DiagnosisQuery(scope: .natural(for: Viewer(person)), weeks: store.calendar.defaultAnalysisWeeks(asOf: asOf), asOf: asOf)
            return try await store.whereToAct(query, for: AccessPolicy(viewer: Viewer(person), hierarchy: TeamHierarchy(demo.teams)))
        }

        @Test(arguments: StoreBackend.available)
        func wideStartPagesAreDecidedAheadTheOrganizationsFirst(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: StoreSuites.DiagnosisStoreTests.seeding) { database, demo in
                // setup
                let clock = Clock()
                let kept = KeptScreens(maxAge: 600, minimumSellers: 1, capacity: 16, clock: { clock.read() })
                let store = DiagnosisStore(database: database, organizationID: demo.organization.id, calendar: .stockholm, kept: kept)
                let admin = demo.logins.admin
                let marketLeader = try #require(demo.people.first { $0.isActive && $0.accessRole == .leader && !$0.leaderMarketIDs.isEmpty })
                let started = clock.read()

                // MUT: a budget of one
                let first = try await store.keepStartPages(asOf: started, viewers: 1)
                clock.advance(60)
                let adminsPage = try await Self.startPage(of: admin, demo, store: store, asOf: clock.read())
                let leadersPage = try await Self.startPage(of: marketLeader, demo, store: store, asOf: clock.read())

                // validate: the organization's page was decided ahead and is what the administrator opens; a market's was not
                #expect(first == 1)
                #expect(adminsPage.diagnosis.keptAt == started)
                #expect(leadersPage.diagnosis.keptAt == clock.read())

                // MUT: a budget for everyone
                let everyone = try await store.keepStartPages(asOf: clock.read(), viewers: 100)

                // validate: each active leader and administrator whose scope holds sellers, once
                let viewers = demo.people.filter { $0.isActive && ($0.accessRole == .leader || $0.accessRole == .admin) }
                #expect(everyone == viewers.count && everyone >= 2)
                #expect(try await store.keepStartPages(asOf: clock.read(), viewers: 0) == 0)
            }
        }
    }
}
