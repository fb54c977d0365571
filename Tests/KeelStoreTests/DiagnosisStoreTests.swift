import FluentKit
import Foundation
import KeelStore
import SalesDomain
import Testing

extension StructuralFinding.Cause {
    var isStall: Bool { if case .stalledStage = self { true } else { false } }
}

extension AnalysisScope {
    var isTeam: Bool { if case .team = self { true } else { false } }
}

extension StoreSuites {
    /// The diagnosis as the store answers it: the same report the domain gives for evidence
    /// computed from the raw activities, postponements and deals; every role's reach.
    @Suite struct DiagnosisStoreTests {
        static let weeks = ISOWeek(year: 2025, week: 40)!...ISOWeek(year: 2025, week: 52)!

        static let seeding = StoreSeeding("diagnosis-24-11") { try await seeded(on: $0) }

        /// 24 sellers, half a year of activities and deals, the default framework's cycles.
        static func seeded(on database: any Database) async throws -> DemoOrganization {
            let demo = StoreFixture.demo(sellers: 24, seed: 11)
            try await Organizations(database: database).store(demo, passwordHashes: [:])
            let spec = try DemoExecutionSpec.weeks(26, endingBefore: StoreFixture.now, seed: 11, calendar: .stockholm).validated()
            try await ExecutionSeeding(database: database, organizationID: demo.organization.id)
                .store(DemoExecutionGenerator(demo, spec: spec), at: StoreFixture.now)
            try await CompetenceSeeding(database: database, organizationID: demo.organization.id)
                .storeDemo(for: demo, seed: 11, now: StoreFixture.now)
            return demo
        }

        /// What the store must find, from the raw records by the domain's definitions alone.
        static func expectedEvidence(
            _ sellers: [Person], database: any Database, organization: Organization.ID, gaps: [Person.ID: [CompetencyGap]],
            stalled: [Person.ID: [DealStage: Int]]
        ) async throws -> [SellerEvidence] {
            let calendar = WeekCalendar.stockholm
            let months = calendar.months(spanning: weeks)
            let activities = Dictionary(grouping: try await ActivityStore(database: database, organizationID: organization).activities(), by: \.ownerID)
            let postponements = Dictionary(grouping: try await PostponementStore(database: database, organizationID: organization).postponements(), by: \.ownerID)
            let histories = Dictionary(grouping: try await DealStore(database: database, organizationID: organization).histories(), by: \.deal.ownerID)
            return sellers.map { seller in
                let own = postponements[seller.id] ?? []
                var execution: [ActivityType: ExecutionRate] = [:]
                var late: [ActivityType: Int] = [:]
                for tally in WeeklyActivityTally.tallies(activities: activities[seller.id] ?? [], postponements: own, calendar: calendar)
                where weeks.contains(tally.week) {
                    execution[tally.activityType, default: ExecutionRate()].add(ExecutionRate(planned: tally.plannedActivities, doneOnTime: tally.doneByPlannedWeek))
                    if tally.lateForVerifiedObstacle > 0 { late[tally.activityType, default: 0] += tally.lateForVerifiedObstacle }
                }
                var reasons: [ReasonCode: Int] = [:]
                var postponed: [ReasonCode: Int] = [:]
                for tally in ReasonTally.tallies(postponements: own, granularity: .month, calendar: calendar)
                where (ReportingPeriod.month(months.lowerBound)...(.month(months.upperBound))).contains(tally.period) {
                    if tally.verifiedObstacles > 0 { reasons[tally.reasonCode, default: 0] += tally.verifiedObstacles }
                    if tally.postponements > 0 { postponed[tally.reasonCode, default: 0] += tally.postponements }
                }
                let facts = (histories[seller.id] ?? []).reduce(into: DealFacts()) { $0.add(DealFacts.of($1, pipeline: .standard, calendar: calendar)) }
                return SellerEvidence(
                    personID: seller.id, gaps: gaps[seller.id] ?? [], executionByType: execution,
                    conversionByStage: Dictionary(uniqueKeysWithValues: facts.conversion(pipeline: .standard, months: months).map { ($0.stage, $0) }),
                    lateForVerifiedObstacle: late, verifiedObstacleReasons: reasons, stalledDeals: stalled[seller.id] ?? [:],
                    postponementsByReason: postponed)
            }
        }

        @Test(arguments: StoreBackend.available)
        func theStoreGivesTheDomainsDiagnosisOfTheRawRecords(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: Self.seeding) { database, demo in
                // setup
                let store = try await DiagnosisStore.of(database: database, organizationID: demo.organization.id)
                let admin = AccessPolicy(viewer: Viewer(demo.logins.admin), hierarchy: TeamHierarchy(demo.teams))
                let asOf = StoreFixture.now.addingTimeInterval(86_400)

                // MUT
                let overview = try await store.overview(DiagnosisQuery(scope: .organization, weeks: Self.weeks, asOf: asOf), for: admin)

                // validate: the basis is the latest closed cycle; the sellers are the active sellers.
                let basis = try #require(overview.basis)
                #expect(basis.closedAt <= asOf)
                let sellers = demo.people.filter { $0.isActive && $0.accessRole == .seller }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
                #expect(Set(overview.sellers.map(\.id)) == Set(sellers.map(\.id)))
                #expect(overview.areas.map(\.key).count == 8)

                let gaps = Dictionary(uniqueKeysWithValues: overview.report.sellers.map { seller in
                    (seller.personID, seller.areas.flatMap(\.competence.gaps))
                })
                let analytics = try await ExecutionAnalytics.of(database: database, organizationID: demo.organization.id)
                let stalled = try await analytics.stalledDealsByOwner(.organization, asOf: asOf)
                let perStage = try await analytics.stalledDeals(.organization, asOf: asOf).stalledByStage
                for (stage, count) in perStage where count > 0 {
                    #expect(stalled.values.reduce(0) { $0 + ($1[stage] ?? 0) } == count, "\(stage)")
                }
                let evidence = try await Self.expectedEvidence(
                    sellers, database: database, organization: demo.organization.id, gaps: gaps, stalled: stalled)
                let teams = Dictionary(grouping: sellers.filter { $0.teamID != nil }, by: { $0.teamID! }).sorted { $0.key < $1.key }
                    .map { DiagnosisGroup(scope: .team($0.key), memberIDs: $0.value.map(\.id)) }
                let markets = Dictionary(grouping: sellers.filter { $0.marketID != nil }, by: { $0.marketID! }).sorted { $0.key < $1.key }
                    .map { DiagnosisGroup(scope: .market($0.key), memberIDs: $0.value.map(\.id)) }
                let framework = try #require(try await CompetenceStore(database: database, organizationID: demo.organization.id).framework(basis.framework))
                let organizationFacts = try await DealStore(database: database, organizationID: demo.organization.id).histories()
                    .reduce(into: DealFacts()) { $0.add(DealFacts.of($1, pipeline: .standard, calendar: .stockholm)) }
                let expected = DiagnosisReport(
                    sellers: evidence, areas: framework.areas, map: .nordicB2B,
                    referenceByStage: Dictionary(uniqueKeysWithValues: organizationFacts
                        .conversion(pipeline: .standard, months: WeekCalendar.stockholm.months(spanning: Self.weeks)).map { ($0.stage, $0) }),
                    groups: teams + markets, policy: .standard)

                let bySeller = Dictionary(uniqueKeysWithValues: overview.report.sellers.map { ($0.personID, $0) })
                for seller in expected.sellers {
                    #expect(bySeller[seller.personID] == seller, "\(seller.personID)")
                }
                #expect(overview.report.findings == expected.findings)
                // The demo's structural obstacle (one team's deals queue in negotiation) is found,
                // once, at its team; and every verdict occurs.
                #expect(overview.report.findings.contains { $0.cause.isStall && $0.scope.isTeam })
                #expect(!overview.report.findings.contains { $0.cause.isStall && !$0.scope.isTeam })
                for verdict in AreaVerdict.allCases {
                    #expect(overview.report.distribution[verdict, default: 0] > 0, "\(verdict)")
                }
                #expect(overview.changes.contains { $0.isQuadrantMove }, "someone moved quadrant since the weeks before")
                #expect(overview.report.distribution.values.reduce(0, +) == overview.report.sellers.reduce(0) { $0 + $1.areas.count })
                // Each seller is diagnosed in their role's areas.
                for seller in overview.report.sellers {
                    #expect(seller.areas.allSatisfy { $0.competence.profiled > 0 } || seller.areas.count == 8)
                }
            }
        }

        /// The start page's "postponements to review" of a seller are the review list asked for
        /// that seller, the period's weeks and no verdict (issue 13): its number links there.
        @Test(arguments: StoreBackend.available)
        func eachSellersPostponementsToReviewAreTheReviewListOfTheirPeriod(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: Self.seeding) { database, demo in
                // setup
                let store = try await DiagnosisStore.of(database: database, organizationID: demo.organization.id)
                let log = ActivityLog(database: database, organizationID: demo.organization.id)
                let manager = demo.logins.manager
                let policy = AccessPolicy(viewer: Viewer(manager), hierarchy: TeamHierarchy(demo.teams))
                let planned = PostponementReviewQuery.PlannedWeeks(Self.weeks, calendar: .stockholm)

                // MUT
                let start = try await store.whereToAct(
                    DiagnosisQuery(scope: .natural(for: Viewer(manager)), weeks: Self.weeks, asOf: StoreFixture.now), for: policy)

                // validate
                #expect(start.sellers.contains { $0.unreviewed > 0 })
                for seller in start.sellers {
                    let team = try #require(seller.teamID)
                    let list = try await log.reviewList(
                        .teamPage(team, person: seller.personID, status: .unreviewed, plannedIn: planned, asOf: StoreFixture.now), for: policy)
                    #expect(list.total == seller.unreviewed, "\(seller.name)")
                    #expect(list.unreviewed == seller.unreviewed)
                    #expect(list.items.count == min(seller.unreviewed, ListPage.pageSize))
                    #expect(list.items.allSatisfy { planned.dates.contains($0.postponement.from) && $0.postponement.ownerID == seller.personID })
                }
            }
        }

        @Test(arguments: StoreBackend.available)
        func eachRoleIsDiagnosedWithinItsReach(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: Self.seeding) { database, demo in
                // setup
                let store = try await DiagnosisStore.of(database: database, organizationID: demo.organization.id)
                let hierarchy = TeamHierarchy(demo.teams)

                for (role, viewer) in demo.logins.all {
                    let policy = AccessPolicy(viewer: Viewer(viewer), hierarchy: hierarchy)
                    let natural = AnalysisScope.natural(for: Viewer(viewer))

                    // MUT
                    let overview = try await store.overview(DiagnosisQuery(scope: natural, weeks: Self.weeks, asOf: StoreFixture.now), for: policy)

                    // validate: everyone diagnosed is someone the viewer may read.
                    let people = Dictionary(uniqueKeysWithValues: demo.people.map { ($0.id, $0) })
                    #expect(overview.sellers.allSatisfy { people[$0.id].map(policy.canRead) ?? false }, "\(role)")
                    if role == .seller {
                        #expect(overview.sellers.map(\.id) == [viewer.id])
                        await #expect(throws: AccessRefused.self) {
                            _ = try await store.overview(DiagnosisQuery(scope: .organization, weeks: Self.weeks, asOf: StoreFixture.now), for: policy)
                        }
                    }
                }
            }
        }
    }
}
