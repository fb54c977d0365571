import FluentKit
import Foundation
@testable import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// The plan and review lists (issue 13, item 17), answered for each role on both databases and
    /// held to a recount from every stored activity and postponement: only the viewer's reach,
    /// totals that count it all, and the review order kept across pages.
    @Suite struct ActivityScreensStoreTests {
        /// Every page of the team page's review list, each checked against `recent` for its counts.
        static func teamPageList(
            _ team: Team.ID, recent: [Postponement], in directory: Directory, for policy: AccessPolicy
        ) async throws -> [Postponement.ID] {
            var listed: [Postponement.ID] = []
            for offset in stride(from: 0, to: max(recent.count, 1), by: ListPage.pageSize) {
                let report = try await directory.teamReport(
                    team, postponements: .teamPage(team, offset: offset, asOf: StoreFixture.now), for: policy, at: StoreFixture.now)
                #expect(report.postponements.total == recent.count)
                #expect(report.postponements.unreviewed == recent.filter { $0.review == nil }.count)
                #expect(report.postponements.items.count == min(ListPage.pageSize, recent.count - offset))
                listed += report.postponements.items.map(\.postponement.id)
            }
            return listed
        }

        static let seeding = StoreSeeding("activity-screens") { try await seeded($0) }

        /// A demo organization of 24 sellers with eight weeks of activities and postponements,
        /// some of them reviewed.
        static func seeded(_ database: any Database) async throws -> DemoOrganization {
            let demo = StoreFixture.demo(sellers: 24, seed: 11)
            try await Organizations(database: database).store(demo, passwordHashes: [:])
            let spec = try DemoExecutionSpec.weeks(8, endingBefore: StoreFixture.now, seed: 11, calendar: .stockholm).validated()
            try await ExecutionSeeding(database: database, organizationID: demo.organization.id)
                .store(DemoExecutionGenerator(demo, spec: spec), at: StoreFixture.now)
            return demo
        }

        /// A manager's review list keeps the postponement just reviewed beside a page that does not
        /// hold it, does not repeat it on one that does, and never keeps one outside their reach
        /// (issue 13, item 3).
        @Test(arguments: StoreBackend.available)
        func theOneJustReviewedStaysInViewOfItsReviewer(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: Self.seeding) { database, demo in
                // setup
                let log = ActivityLog(database: database, organizationID: demo.organization.id)
                let postponements = try await PostponementStore(database: database, organizationID: demo.organization.id).postponements()
                let policy = AccessPolicy(viewer: Viewer(demo.logins.manager), hierarchy: TeamHierarchy(demo.teams))
                let people = Dictionary(uniqueKeysWithValues: demo.people.map { ($0.id, $0) })
                let expected = postponements.filter { people[$0.ownerID].map(policy.canRead) == true }
                let outside = postponements.filter { people[$0.ownerID].map(policy.canRead) != true }
                let ordered = expected.sorted(by: PostponementReviewQuery.precedes)
                let size = 7
                try #require(ordered.count > size && !outside.isEmpty)

                // MUT
                let last = ordered.last!
                let first = try await log.reviewList(PostponementReviewQuery(owners: .reach, limit: size, keeping: last.id), for: policy)
                let end = try await log.reviewList(
                    PostponementReviewQuery(owners: .reach, limit: size, offset: ordered.count - 1, keeping: last.id), for: policy)
                let refused = try await log.reviewList(PostponementReviewQuery(owners: .reach, limit: size, keeping: outside[0].id), for: policy)

                #expect(first.kept?.postponement == last)
                #expect(first.items.map(\.postponement.id) == ordered.prefix(size).map(\.id))
                #expect(end.kept == nil && end.items.map(\.postponement.id) == [last.id])
                #expect(refused.kept == nil && refused.items.count == size)
            }
        }

        @Test(arguments: StoreBackend.available)
        func eachRoleGetsTheActivitiesAndTheReviewListOfItsReach(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: Self.seeding) { database, demo in
                // setup
                let organization = demo.organization.id
                let log = ActivityLog(database: database, organizationID: organization)
                let activities = try await ActivityStore(database: database, organizationID: organization).activities()
                let postponements = try await PostponementStore(database: database, organizationID: organization).postponements()
                #expect(postponements.contains { $0.review == nil } && postponements.contains { $0.review != nil },
                        "the demo leaves some postponements reviewed and some not")
                let hierarchy = TeamHierarchy(demo.teams)
                let people = Dictionary(uniqueKeysWithValues: demo.people.map { ($0.id, $0) })
                let calendar = WeekCalendar.stockholm
                let weeks = ActivityListQuery.planWeeks(asOf: StoreFixture.now, calendar: calendar)
                let dates = calendar.dateRange(of: weeks)

                for (role, viewer) in demo.logins.all {
                    let policy = AccessPolicy(viewer: Viewer(viewer), hierarchy: hierarchy)

                    // MUT: the viewer's own plan
                    let own = try await log.entries(ActivityListQuery(owners: .viewer, weeks: weeks, limit: 10_000), for: policy, calendar: calendar)
                    let ownExpected = activities.filter { $0.ownerID == viewer.id && dates.contains($0.plannedDate) }
                    #expect(own.total == ownExpected.count, "\(role)")
                    #expect(own.entries.map(\.activity.id)
                            == ownExpected.sorted { ($0.plannedDate, $0.id.rawValue.uuidString) < ($1.plannedDate, $1.id.rawValue.uuidString) }.map(\.id),
                            "\(role): oldest planned first")

                    // MUT: every team's activities, or the refusal
                    for team in demo.teams {
                        let query = ActivityListQuery(owners: .team(team.id), weeks: weeks, limit: 5)
                        let decision = policy.read(team)
                        guard decision == .allowed else {
                            await #expect(throws: AccessRefused(decision, entity: "team", field: "team")) {
                                _ = try await log.entries(query, for: policy, calendar: calendar)
                            }
                            continue
                        }
                        let subtree = hierarchy.subtree(of: team.id)
                        let expected = activities.filter { activity in
                            guard dates.contains(activity.plannedDate), let owner = people[activity.ownerID] else { return false }
                            return owner.teamID.map(subtree.contains) == true && policy.canRead(owner)
                        }
                        let page = try await log.entries(query, for: policy, calendar: calendar)
                        #expect(page.total == expected.count, "\(role) \(team.name)")
                        #expect(page.entries.count == min(5, expected.count))
                        #expect(page.entries.allSatisfy { entry in expected.contains { $0.id == entry.activity.id } })
                    }

                    // MUT: the review list, page by page
                    let whole = PostponementReviewQuery(owners: .reach, limit: 100_000)
                    guard policy.has(.readOthers) else {
                        await #expect(throws: AccessRefused(.forbidden, entity: "postponement")) {
                            _ = try await log.reviewList(whole, for: policy)
                        }
                        continue
                    }
                    let expected = postponements.filter { people[$0.ownerID].map(policy.canRead) ?? false }
                        .sorted(by: PostponementReviewQuery.precedes)
                    let list = try await log.reviewList(whole, for: policy)
                    #expect(list.total == expected.count, "\(role)")
                    #expect(list.unreviewed == expected.filter { $0.review == nil }.count, "\(role)")
                    #expect(list.items.map(\.postponement.id) == expected.map(\.id), "\(role): unreviewed first, then newest")
                    var paged: [Postponement.ID] = []
                    let size = 7
                    for offset in stride(from: 0, to: list.total, by: size) {
                        let page = try await log.reviewList(PostponementReviewQuery(owners: .reach, limit: size, offset: offset), for: policy)
                        #expect(page.total == list.total)
                        paged += page.items.map(\.postponement.id)
                    }
                    #expect(paged == expected.map(\.id), "\(role): pages across the unreviewed boundary add up to the whole list")
                    if let reason = expected.first?.reasonCode {
                        let byReason = try await log.reviewList(PostponementReviewQuery(owners: .reach, reason: reason, limit: 100_000), for: policy)
                        #expect(byReason.items.map(\.postponement.id) == expected.filter { $0.reasonCode == reason }.map(\.id))
                    }
                    // MUT: narrowed to those with or without a verdict (issue 13, item 3)
                    for status in PostponementReviewQuery.Status.allCases {
                        let narrowed = try await log.reviewList(PostponementReviewQuery(owners: .reach, status: status, limit: 100_000), for: policy)
                        let wanted = expected.filter { ($0.review == nil) == (status == .unreviewed) }
                        #expect(narrowed.items.map(\.postponement.id) == wanted.map(\.id), "\(role) \(status)")
                        #expect(narrowed.total == wanted.count)
                        #expect(narrowed.unreviewed == (status == .unreviewed ? wanted.count : 0))
                    }
                    // MUT: the team page's list says how many there are and pages through all of them
                    if let team = viewer.teamID {
                        let subtree = hierarchy.subtree(of: team)
                        let window = PostponementReviewQuery.loggedWithin(days: TeamReport.postponementDays, before: StoreFixture.now)
                        let recent = expected.filter { people[$0.ownerID]?.teamID.map(subtree.contains) == true && window.contains($0.loggedAt) }
                        let listed = try await Self.teamPageList(
                            team, recent: recent, in: Directory(database: database, organizationID: organization), for: policy)
                        #expect(listed == recent.map(\.id), "\(role): nothing falls off the end of the team page's list")
                    }
                }
            }
        }
    }
}
