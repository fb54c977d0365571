import FluentKit
import Foundation
@testable import KeelStore
import SalesDomain
import SQLKit
import Testing

extension StoreSuites {
    /// Reads whose speed rests on one index, held to it: SQLite's `EXPLAIN QUERY PLAN` and
    /// PostgreSQL's `EXPLAIN` (with sequential scans priced out, so the answer is whether the
    /// index *can* serve the query, not what a planner prefers for an empty table).
    @Suite struct QueryPlanStoreTests {
        static func plan(of query: any SQLExpression, on database: any Database, _ backend: StoreBackend) async throws -> String {
            try await database.transaction { database in
                let sql = database as! any SQLDatabase
                switch backend {
                case .sqlite:
                    return try await sql.raw("EXPLAIN QUERY PLAN \(query)").all()
                        .map { try $0.decode(column: "detail", as: String.self) }.joined(separator: "\n")
                case .postgres:
                    try await sql.raw("SET LOCAL enable_seqscan = off").run()
                    return try await sql.raw("EXPLAIN \(query)").all()
                        .map { try $0.decode(column: "QUERY PLAN", as: String.self) }.joined(separator: "\n")
                }
            }
        }

        @Test(arguments: StoreBackend.available)
        func stalledDealsAreCountedAndPagedFromTheOpenDealIndexAlone(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let scopes: [AnalysisScope] = [
                    .organization, .market(.init(UUID())), .team(.init(UUID())), .person(.init(UUID())),
                ]
                for scope in scopes {
                    let queries = StalledDealQueries(organizationID: UUID(), scope: scope, today: 20_500)
                    for (name, query) in [
                        ("counts", queries.countsPerStage), ("page", queries.page(offset: 0, limit: 25)),
                        ("longest per owner", queries.mostDaysOverFirstPerOwner),
                    ] {
                        // MUT
                        let plan = try await Self.plan(of: query, on: database, backend)
                        // validate
                        switch backend {
                        case .sqlite:
                            #expect(plan.contains("USING COVERING INDEX open_deal_stays"), "\(scope) \(name):\n\(plan)")
                        case .postgres:
                            #expect(plan.contains("open_deal_stays"), "\(scope) \(name):\n\(plan)")
                        }
                        #expect(!plan.contains("deals_by_owner") && !plan.contains("deals_by_outcome"), "\(scope) \(name):\n\(plan)")
                    }
                }
            }
        }

        @Test(arguments: StoreBackend.available)
        func theRateesOfCalibratedRatersAreFoundThroughTheRaterIndex(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let store = CompetenceStore(database: database, organizationID: .init(UUID()))
                let query = store.rateesQuery(cycle: .init(UUID()), raters: [UUID(), UUID()], sources: ["manager", "peer"]).query
                let plan = try await Self.plan(of: query, on: database, backend)
                #expect(plan.contains("ratings_by_rater"), "\(plan)")
            }
        }

        /// SQLite's choice only: PostgreSQL prices every index of an empty table alike, so which
        /// one it names there says nothing about a filled one.
        @Test func aScopesSessionsAreReadThroughEachSellersIndexNotTheOrganizationsByTime() async throws {
            let backend = StoreBackend.sqlite
            try await withStore(backend) { database in
                let store = CoachingStore(database: database, organizationID: .init(UUID()), calendar: .stockholm)
                for start in [Date(timeIntervalSince1970: 1_790_000_000), nil] {
                    // MUT
                    let plan = try await Self.plan(of: store.sessionsQuery(of: (0..<8).map { _ in UUID() }, from: start).query, on: database, backend)
                    // validate
                    #expect(plan.contains("coaching_sessions_by_seller"), "\(plan)")
                    #expect(!plan.contains("coaching_sessions_by_time"), "\(plan)")
                }
            }
        }

        /// SQLite's choice only: PostgreSQL prices every index of an empty table alike, so which
        /// one it names there says nothing about a filled one.
        @Test func aCalendarFeedReadsThePersonsSessionsAndNextStepsThroughTheirOwnIndexes() async throws {
            let backend = StoreBackend.sqlite
            try await withStore(backend) { database in
                let store = CoachingStore(database: database, organizationID: .init(UUID()), calendar: .stockholm)
                let person = UUID()
                let sessions = store.calendarSessionQueries(of: person, since: Date(timeIntervalSince1970: 1_790_000_000))
                let items = store.calendarItemQueries(of: person)
                let expected = [
                    (sessions[0], "coaching_sessions_by_seller"), (sessions[1], "coaching_sessions_by_coach"),
                    (items[0], "coaching_action_items_by_owner"), (items[1], "coaching_action_items_by_seller"),
                ]
                for (query, index) in expected {
                    // MUT
                    let plan = try await Self.plan(of: query.query, on: database, backend)
                    // validate
                    #expect(plan.contains(index), "\(index):\n\(plan)")
                }
            }
        }

        /// A session's screen reads the next steps agreed in it by the session, not through every
        /// next step of the organization.
        @Test(arguments: StoreBackend.available)
        func aSessionsAgreedNextStepsAreFoundThroughTheSessionIndex(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let store = CoachingStore(database: database, organizationID: .init(UUID()), calendar: .stockholm)
                // MUT
                let plan = try await Self.plan(of: store.agreedItemsQuery(in: UUID()).query, on: database, backend)
                // validate
                #expect(plan.contains("coaching_action_items_by_session"), "\(plan)")
            }
        }

        /// SQLite's choice only, as above.
        @Test func theEstimatesAManagersSellersAreCountedInAreFoundThroughTheSellerIndexAlone() async throws {
            let backend = StoreBackend.sqlite
            try await withStore(backend) { database in
                let store = ImpactStore(database: database, organizationID: .init(UUID()), calendar: .stockholm)
                // MUT
                let plan = try await Self.plan(of: store.reachQuery(of: (0..<9).map { _ in UUID() }).query, on: database, backend)
                // validate
                #expect(plan.contains("USING COVERING INDEX impact_summary_sellers_by_seller_and_summary"), "\(plan)")
            }
        }

        /// SQLite's choice only, as above. Each of the six ways interventions are read — on a
        /// target or all, for the viewer's sellers or the organization — is answered from an
        /// index alone, and a seller's read never walks the organization's rows.
        @Test func interventionsAreReadFromTheirIndexesByTargetAndBySeller() async throws {
            let backend = StoreBackend.sqlite
            try await withStore(backend) { database in
                let store = ImpactStore(database: database, organizationID: .init(UUID()), calendar: .stockholm)
                let competency = Intervention.Target.competency(.init(UUID()))
                let sellers = (0..<9).map { _ in UUID() }
                let expected: [(String, any SQLExpression, String)] = [
                    ("coaching on a target", store.coachingInterventionsQuery(on: competency, of: nil).query,
                     "USING COVERING INDEX coaching_sessions_by_focus (organization_id=? AND focus_kind=? AND focus_reference=?"),
                    ("coaching of sellers", store.coachingInterventionsQuery(on: nil, of: sellers).query,
                     "USING COVERING INDEX coaching_sessions_by_seller_and_focus (organization_id=? AND seller_id=?"),
                    ("all coaching", store.coachingInterventionsQuery(on: nil, of: nil).query, "USING COVERING INDEX"),
                    ("practice on a target", store.practiceInterventionsQuery(on: competency, of: nil).query,
                     "USING COVERING INDEX practice_reps_by_competency (organization_id=? AND competency_id=?)"),
                    ("practice of sellers", store.practiceInterventionsQuery(on: nil, of: sellers).query,
                     "USING COVERING INDEX practice_reps_by_person_and_competency (organization_id=? AND person_id=?)"),
                    ("all practice", store.practiceInterventionsQuery(on: nil, of: nil).query, "USING COVERING INDEX"),
                ]
                for (name, query, index) in expected {
                    // MUT
                    let plan = try await Self.plan(of: query, on: database, backend)
                    // validate
                    #expect(plan.contains(index), "\(name):\n\(plan)")
                }
            }
        }

        /// SQLite's choice only, as above. An estimate's weekly counts for its sellers come from
        /// the index that holds them, never from the week tallies' rows, scattered over the file.
        @Test func aKPIsWeeksOfSellersAreReadFromTheCoveringIndexAlone() async throws {
            let backend = StoreBackend.sqlite
            try await withStore(backend) { database in
                let store = ImpactStore(database: database, organizationID: .init(UUID()), calendar: .stockholm)
                let weeks = ISOWeek(year: 2026, week: 10)!...ISOWeek(year: 2026, week: 26)!
                for sellers in [[UUID()], (0..<400).map { _ in UUID() }] {
                    // MUT
                    let query = store.weeklyRowsQuery(of: sellers, activityTypes: [.call, .meeting], weeks: weeks).query
                    let plan = try await Self.plan(of: query, on: database, backend)
                    // validate
                    #expect(plan.contains("USING COVERING INDEX scope_week_tallies_kpi_counts (scope_id=?"), "\(sellers.count) sellers:\n\(plan)")
                }
            }
        }

        /// SQLite's choice only, as above. Without statistics SQLite took `organization_id = ?` for
        /// selective and read a few people by id through the organization's index, every person of
        /// the organization; with the statistics `keel serve` refreshes at start it reads them by id.
        @Test func withThePlannersStatisticsAFewPeopleAreReadByTheirIds() async throws {
            try await withStore(.sqlite, seeded: DiagnosisStoreTests.seeding) { database, demo in
                let ids = demo.people.prefix(9).map { SQLBind($0.id.rawValue) }
                let statement = SQLList([
                    SQLRaw("SELECT * FROM people WHERE organization_id ="), SQLBind(demo.organization.id.rawValue),
                    SQLRaw("AND id IN ("), SQLList(ids), SQLRaw(")"),
                ], separator: SQLRaw(" "))
                let before = try await Self.plan(of: statement, on: database, .sqlite)
                // MUT
                try await SQLitePlannerStatistics.refresh(on: database)
                // validate
                let after = try await Self.plan(of: statement, on: database, .sqlite)
                #expect(before.contains("people_by_"), "\(before)")
                #expect(after.contains("sqlite_autoindex_people_1 (id=?)"), "\(after)")
            }
        }

        /// A manager's every request walks their subtree a level at a time: without the parent
        /// index each level read all of the organization's teams.
        @Test(arguments: StoreBackend.available)
        func aSubtreeIsWalkedThroughTheParentIndex(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let directory = Directory(database: database, organizationID: .init(UUID()))
                for parents in [[UUID()], (0..<12).map { _ in UUID() }] {
                    // MUT
                    let query = directory.childrenQuery(of: parents, on: database as! any SQLDatabase).query
                    let plan = try await Self.plan(of: query, on: database, backend)
                    // validate
                    #expect(plan.contains("teams_by_parent"), "\(parents.count) parents:\n\(plan)")
                }
            }
        }

        /// A seller's start page, logging an activity and opening one each read the postponements
        /// of a few activities; through the owner's index that was all of the organization's.
        @Test(arguments: StoreBackend.available)
        func anActivitysPostponementsAreFoundThroughTheActivityIndex(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let log = ActivityLog(database: database, organizationID: .init(UUID()))
                for activities in [[UUID()], (0..<12).map { _ in UUID() }] {
                    // MUT
                    let plan = try await Self.plan(of: log.postponementsQuery(of: activities).query, on: database, backend)
                    // validate
                    #expect(plan.contains("postponements_by_activity"), "\(activities.count) activities:\n\(plan)")
                }
            }
        }

        /// The audit page and API read a period of the log and everything concerning a person (as
        /// the subject, or — for events before migration 014 — as the record changed), counted and
        /// paged alike; the person page reads their record's own history. Each is served by its
        /// index, never by walking the organization's whole log.
        @Test(arguments: StoreBackend.available)
        func theAuditLogsReadsAreServedByTheirIndexes(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let log = AuditLog(database: database, organizationID: .init(UUID()))
                let person = Person.ID(UUID())
                let from = Date(timeIntervalSince1970: 1_790_000_000)
                let period = AuditQuery(from: from, before: from.addingTimeInterval(7 * 86_400))
                let concerning = AuditQuery(person: person)
                let expected: [(String, any SQLExpression, [String])] = [
                    ("a period", log.eventsQuery(period).query, ["audit_events_by_time"]),
                    ("a period's count", log.countQuery(period).query, ["audit_events_by_time"]),
                    ("a person", log.eventsQuery(concerning).query, ["audit_events_by_subject", "audit_events_by_entity"]),
                    ("a person's count", log.countQuery(concerning).query, ["audit_events_by_subject", "audit_events_by_entity"]),
                    ("a record's history", log.historyQuery(of: person).query, ["audit_events_by_entity"]),
                ]
                for (name, query, indexes) in expected {
                    // PostgreSQL takes the organization out of the OR and prices every index of an
                    // empty table alike, so its choice for a person's events says nothing here.
                    if backend == .postgres, indexes.count > 1 { continue }
                    // MUT
                    let plan = try await Self.plan(of: query, on: database, backend)
                    // validate
                    for index in indexes { #expect(plan.contains(index), "\(name):\n\(plan)") }
                }
            }
        }

        /// SQLite's choice only, as above: the log's newest page, unfiltered, is read in time order
        /// from the time index rather than sorted from all of the organization's events.
        @Test func theNewestAuditEventsAreReadInTheTimeIndexsOrder() async throws {
            let backend = StoreBackend.sqlite
            try await withStore(backend) { database in
                let log = AuditLog(database: database, organizationID: .init(UUID()))
                // MUT
                let plan = try await Self.plan(of: log.eventsQuery(AuditQuery()).limit(50).query, on: database, backend)
                // validate
                #expect(plan.contains("audit_events_by_time"), "\(plan)")
            }
        }

        /// The plan page and `GET /api/v1/activities` read a person's or a subtree's weeks,
        /// counted and paged, through the owner index: without it, every organization's activities.
        @Test(arguments: StoreBackend.available)
        func plannedActivitiesAreFoundThroughTheOwnerIndex(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let log = ActivityLog(database: database, organizationID: .init(UUID()))
                let start = Date(timeIntervalSince1970: 1_790_000_000)
                let weeks = start..<start.addingTimeInterval(4 * 7 * 86_400)
                let count: [any SQLExpression] = [SQLAlias(SQLFunction("COUNT", args: SQLLiteral.all), as: SQLIdentifier("count"))]
                for owners in [[UUID()], (0..<12).map { _ in UUID() }] {
                    for (name, query) in [("page", log.plannedQuery(of: owners, in: weeks).orderBy("planned_at").limit(50)),
                                          ("count", log.plannedQuery(of: owners, in: weeks, columns: count))] {
                        // MUT
                        let plan = try await Self.plan(of: query.query, on: database, backend)
                        // validate
                        #expect(plan.contains("activities_by_owner"), "\(owners.count) owners, \(name):\n\(plan)")
                    }
                }
            }
        }
    }
}
