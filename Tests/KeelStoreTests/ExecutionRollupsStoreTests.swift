import FluentKit
import Foundation
@testable import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// The stored rollups must always equal what the domain computes from scratch from the
    /// stored activities and postponements, for every group, after any sequence of writes.
    @Suite struct ExecutionRollupsStoreTests {
        static let span = ISOWeek(year: 2025, week: 40)!...ISOWeek(year: 2026, week: 3)!

        /// The reference: every group's rollup computed from all stored rows by the domain.
        static func expectedRollups(
            _ database: any Database, _ organization: Organization.ID
        ) async throws -> (byPerson: [Person.ID: ScopeRollup], byTeam: [Team.ID: ScopeRollup], byMarket: [Market.ID: ScopeRollup], whole: ScopeRollup) {
            let activities = try await ActivityStore(database: database, organizationID: organization).activities()
            let postponements = try await PostponementStore(database: database, organizationID: organization).postponements()
            let tallies = WeeklyActivityTally.tallies(activities: activities, postponements: postponements, calendar: .stockholm)
            let directory = Directory(database: database, organizationID: organization)
            let people = try await directory.people(PeopleQuery(scope: .organization, viewerID: nil, includeInactive: true, limit: 100_000)).people
            let hierarchy = try await directory.hierarchy()
            let policy = PressurePolicy()
            return (
                ScopeRollup.byGroup(tallies: tallies, grouping: .eachPerson, policy: policy),
                ScopeRollup.byGroup(tallies: tallies, grouping: .byTeamAndParents(people, hierarchy: hierarchy), policy: policy),
                ScopeRollup.byGroup(tallies: tallies, grouping: .byMarket(people), policy: policy),
                ScopeRollup.byGroup(tallies: tallies, grouping: .wholeOrganization(organization), policy: policy)[organization] ?? .empty
            )
        }

        /// Every group's deal facts from all stored deals.
        static func expectedDealFacts(_ database: any Database, _ demo: DemoOrganization) async throws -> [UUID: DealFacts] {
            let organization = demo.organization.id
            let histories = try await DealStore(database: database, organizationID: organization).histories()
            let directory = Directory(database: database, organizationID: organization)
            let people = try await directory.people(PeopleQuery(scope: .organization, viewerID: nil, includeInactive: true, limit: 100_000)).people
            let byTeam = PersonGrouping.byTeamAndParents(people, hierarchy: try await directory.hierarchy())
            let byMarket = PersonGrouping.byMarket(people)
            var facts: [UUID: DealFacts] = [:]
            for history in histories {
                let owner = history.deal.ownerID
                let contribution = DealFacts.of(history, pipeline: .standard, calendar: .stockholm)
                let groups = [owner.rawValue, organization.rawValue] + byTeam.keys(for: owner).map(\.rawValue) + byMarket.keys(for: owner).map(\.rawValue)
                for group in groups { facts[group, default: .empty].add(contribution) }
            }
            return facts
        }

        static func expectStoredEqualsRecomputed(_ database: any Database, _ demo: DemoOrganization) async throws {
            let organization = demo.organization.id
            let rollups = ExecutionRollups(database: database, organizationID: organization, calendar: .stockholm)
            let expected = try await expectedRollups(database, organization)
            let expectedDeals = try await expectedDealFacts(database, demo)
            let groups = demo.people.map(\.id.rawValue) + demo.teams.map(\.id.rawValue) + demo.markets.map(\.id.rawValue) + [organization.rawValue]
            let analytics = ExecutionAnalytics(database: database, organizationID: organization, calendar: .stockholm)
            for group in groups {
                let scope: AnalysisScope = group == organization.rawValue ? .organization
                    : demo.people.contains { $0.id.rawValue == group } ? .person(Person.ID(group))
                    : demo.teams.contains { $0.id.rawValue == group } ? .team(Team.ID(group)) : .market(Market.ID(group))
                let stored = try await analytics.dealResults(scope, closedIn: nil)
                let reference = (expectedDeals[group] ?? .empty).results(closedIn: nil)
                #expect(stored == reference, "deal results of \(scope)")
                let momentum = try await analytics.momentum(scope, months: nil)
                #expect(momentum.timeInStage == (expectedDeals[group] ?? .empty).timeInStage(pipeline: .standard, months: nil), "time in stage of \(scope)")
            }
            for person in demo.people {
                #expect(try await rollups.rollup(scope: person.id.rawValue, weeks: span).pruned == (expected.byPerson[person.id] ?? .empty).pruned)
            }
            for team in demo.teams {
                #expect(try await rollups.rollup(scope: team.id.rawValue, weeks: span).pruned == (expected.byTeam[team.id] ?? .empty).pruned, "team \(team.name)")
            }
            for market in demo.markets {
                #expect(try await rollups.rollup(scope: market.id.rawValue, weeks: span).pruned == (expected.byMarket[market.id] ?? .empty).pruned)
            }
            #expect(try await rollups.rollup(scope: organization.rawValue, weeks: span).pruned == expected.whole.pruned)
            try await expectReasonGiversEqualRecomputed(database, demo)
        }

        /// Every group's reason occurrences equal those recomputed from all stored
        /// postponements, and a team's distinct people per reason, read from them, equal the
        /// domain's count over the members' tallies for ranges that start before, inside and at
        /// the end of the history.
        static func expectReasonGiversEqualRecomputed(_ database: any Database, _ demo: DemoOrganization) async throws {
            let organization = demo.organization.id
            let postponements = try await PostponementStore(database: database, organizationID: organization).postponements()
            let directory = Directory(database: database, organizationID: organization)
            let people = try await directory.people(PeopleQuery(scope: .organization, viewerID: nil, includeInactive: true, limit: 100_000)).people
            let byTeam = PersonGrouping.byTeamAndParents(people, hierarchy: try await directory.hierarchy())
            let byMarket = PersonGrouping.byMarket(people)
            var expected: [UUID: ReasonOccurrences] = [:]
            for (owner, own) in Dictionary(grouping: postponements, by: \.ownerID) {
                let tallies = ReportingPeriod.Granularity.allCases.flatMap { ReasonTally.tallies(postponements: own, granularity: $0, calendar: .stockholm) }
                let occurrences = ReasonOccurrences.of(tallies.map(ScopeReasonTally.init))
                let groups = [owner.rawValue, organization.rawValue] + byTeam.keys(for: owner).map(\.rawValue) + byMarket.keys(for: owner).map(\.rawValue)
                for group in groups { expected[group, default: .empty].add(occurrences) }
            }
            let groups = people.map(\.id.rawValue) + demo.teams.map(\.id.rawValue) + demo.markets.map(\.id.rawValue) + [organization.rawValue]
            let stored = try await ExecutionRollups(database: database, organizationID: organization, calendar: .stockholm).reasonOccurrences(scopes: groups)
            for group in groups {
                #expect((stored[group]?.counts ?? [:]).filter { $0.value != 0 } == (expected[group]?.counts ?? [:]), "occurrences of \(group)")
            }

            let analytics = ExecutionAnalytics(database: database, organizationID: organization, calendar: .stockholm)
            for granularity in ReportingPeriod.Granularity.allCases {
                let tallies = ReasonTally.tallies(postponements: postponements, granularity: granularity, calendar: .stockholm)
                let periods = Set(tallies.map(\.period)).sorted()
                #expect(periods.count > 1, "the generator postpones in several \(granularity)s")
                let ranges = [
                    periods[0]...periods[periods.count - 1], periods[periods.count / 3]...periods[2 * periods.count / 3],
                    periods[periods.count / 2]...periods[periods.count / 2], periods[periods.count - 2]...periods[periods.count - 1],
                ]
                for range in ranges {
                    let reference = ReasonReport.byGroup(tallies: tallies, catalog: .defaults, grouping: byTeam, periods: range)
                    for team in demo.teams {
                        let report = try await analytics.reasons(.team(team.id), periods: range)
                        #expect(report.reasons == (reference[team.id]?.reasons ?? []), "reasons of \(team.name) in \(range)")
                    }
                }
            }
        }

        @Test(arguments: StoreBackend.available)
        func seedingThenMovesKeepEveryGroupEqualToARecomputation(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let (demo, generator) = ExecutionSeedingStoreTests.generated()
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                let seeding = ExecutionSeeding(database: database, organizationID: demo.organization.id)
                for batch in generator.sellers.chunked(5) {
                    try await seeding.store(batch.map(generator.execution(for:)), at: StoreFixture.now)
                }
                try await Self.expectStoredEqualsRecomputed(database, demo)

                // A seller moves to a team in another branch: every old ancestor loses them.
                let directory = Directory(database: database, organizationID: demo.organization.id)
                let seller = demo.logins.seller
                let target = demo.teams.first { team in team.id != seller.teamID && !demo.teams.contains { $0.parentID == team.id } }!
                let draft = PersonDraft(name: seller.name, email: seller.email, jobRole: seller.jobRole, accessRole: seller.accessRole,
                                        teamID: target.id, marketID: target.marketID)
                _ = try await directory.updatePerson(seller.id, with: draft, actor: nil, at: StoreFixture.now)
                var moved = demo
                moved.people = try await directory.people(PeopleQuery(scope: .organization, viewerID: nil, includeInactive: true, limit: 100_000)).people
                try await Self.expectStoredEqualsRecomputed(database, moved)

                // A leaf team moves under another parent, taking its subtree's sums along.
                let leaf = demo.teams.first { team in team.parentID != nil && !demo.teams.contains { $0.parentID == team.id } && team.id != target.id }!
                let newParent = demo.teams.first { $0.id != leaf.parentID && $0.id != leaf.id && $0.marketID == leaf.marketID }!
                _ = try await directory.updateTeam(leaf.id, with: TeamDraft(name: leaf.name, parentID: newParent.id, marketID: leaf.marketID), actor: nil, at: StoreFixture.now)
                moved.teams = try await directory.teams()
                try await Self.expectStoredEqualsRecomputed(database, moved)

                // A rebuild from the rows gives the same sums as the incremental path.
                try await ExecutionRollups(database: database, organizationID: demo.organization.id, calendar: .stockholm).rebuild()
                try await Self.expectStoredEqualsRecomputed(database, moved)
            }
        }

        @Test(arguments: StoreBackend.available)
        func reasonRowsSumTheMembersPostponements(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let (demo, generator) = ExecutionSeedingStoreTests.generated()
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                let executions = generator.sellers.map(generator.execution(for:))
                try await ExecutionSeeding(database: database, organizationID: demo.organization.id).store(executions, at: StoreFixture.now)

                let postponements = executions.flatMap(\.postponements)
                let months = ReportingPeriod.month(CalendarMonth(year: 2025, month: 1)!)...ReportingPeriod.month(CalendarMonth(year: 2026, month: 12)!)
                let stored = try await ExecutionRollups(database: database, organizationID: demo.organization.id, calendar: .stockholm)
                    .reasonTallies(scope: demo.organization.id.rawValue, periods: months)
                let expected = ReasonTally.tallies(postponements: postponements, granularity: .month, calendar: .stockholm)
                var expectedSums: [ScopeReasonTally.Key: ScopeReasonTally] = [:]
                ScopeReasonTally.accumulate(expected.map(ScopeReasonTally.init), into: &expectedSums)
                #expect(!postponements.isEmpty)
                #expect(Set(stored) == Set(expectedSums.values))
                #expect(stored.allSatisfy { $0.period.granularity == .month })
            }
        }
    }
}
