import FluentKit
import SQLKit
import Foundation
import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// Coaching as the store keeps it: the generated year read back into the domain's cadence
    /// report unchanged, a session's whole life (plan, follow-up, completion) stored together or
    /// not at all, and every role's reach.
    @Suite struct CoachingStoreTests {
        static let asOf = StoreFixture.now.addingTimeInterval(3_600)
        static let months = CalendarMonth(year: 2025, month: 10)!...CalendarMonth(year: 2025, month: 12)!

        static let seeding = StoreSeeding("coaching-24-11") { try await seeded(on: $0) }

        /// 24 sellers with half a year of execution, the default framework's cycles and a year of coaching.
        static func seeded(on database: any Database) async throws -> (DemoOrganization, DemoCoachingGenerator) {
            let demo = StoreFixture.demo(sellers: 24, seed: 11)
            try await Organizations(database: database).store(demo, passwordHashes: [:])
            let spec = try DemoExecutionSpec.weeks(26, endingBefore: StoreFixture.now, seed: 11, calendar: .stockholm).validated()
            let execution = DemoExecutionGenerator(demo, spec: spec)
            try await ExecutionSeeding(database: database, organizationID: demo.organization.id).store(execution, at: StoreFixture.now)
            try await CompetenceSeeding(database: database, organizationID: demo.organization.id).storeDemo(for: demo, seed: 11, now: StoreFixture.now)
            try await CoachingSeeding(database: database, organizationID: demo.organization.id)
                .storeDemo(for: demo, execution: execution.patterns, seed: 11, now: StoreFixture.now)
            let framework = try #require(try await CompetenceStore(database: database, organizationID: demo.organization.id).frameworkVersions().first)
            let generator = DemoCoachingGenerator(
                demo, competencies: framework.competencies.map(\.id), execution: execution.patterns, seed: 11, now: StoreFixture.now, calendar: .stockholm,
                impactFocus: DemoImpactCohorts.Focus(framework))
            return (demo, generator)
        }

        static func policy(_ person: Person, _ demo: DemoOrganization) -> AccessPolicy {
            AccessPolicy(viewer: Viewer(person), hierarchy: TeamHierarchy(demo.teams))
        }

        @Test(arguments: StoreBackend.available)
        func theStoredYearGivesTheDomainsCadence(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: Self.seeding) { database, seeded in
                // setup
                let (demo, generator) = seeded
                let store = try await CoachingStore.of(database: database, organizationID: demo.organization.id)
                let years = generator.sellerIDs.map(generator.coaching(for:))

                // MUT
                let overview = try await store.overview(
                    CoachingQuery(scope: .organization, months: Self.months, asOf: Self.asOf), for: Self.policy(demo.logins.admin, demo))

                // validate: the same report the domain gives over the generated sessions and steps
                let expected = CadenceReport(
                    roster: CoachingRoster(people: demo.people, hierarchy: TeamHierarchy(demo.teams)), sessions: years.flatMap(\.sessions),
                    items: years.flatMap(\.items), policy: .standard, months: Self.months, asOf: Self.asOf, calendar: .stockholm)
                #expect(overview.sellers.count == expected.sellers.count)
                for row in overview.sellers {
                    #expect(row.cadence == expected.seller(row.id), "seller \(row.name)")
                }
                for coach in overview.coaches {
                    #expect(coach.row == expected.coach(coach.row.coachID), "coach \(coach.name)")
                }
                #expect(!overview.viewerCoaches, "an admin sees the rhythm, coaches nobody, and gets no suggestions")
                #expect(overview.sellers.allSatisfy { $0.suggestion == nil })

                // validate: the patterns show
                let pipelineOnly = try #require(generator.patterns.pipelineOnlyCoach)
                let onlyPipeline = try #require(overview.coaches.first { $0.row.coachID == pipelineOnly })
                #expect(onlyPipeline.row.typesNeverUsed == [.deal, .skill, .followUp, .meetingPreparation])
                let neglected = try #require(overview.teams.first { $0.id == generator.patterns.neglectedFollowUpTeam })
                let others = overview.teams.filter { $0.id != neglected.id }.compactMap(\.tally.followUp.rate)
                #expect(try #require(neglected.tally.followUp.rate) < others.min()!, "the neglected team follows up least")
            }
        }

        @Test(arguments: StoreBackend.available)
        func aSessionIsPlannedFollowedUpAndCompletedOrNothingIsStored(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup: a manager and a seller of their team with no coaching yet
                let demo = StoreFixture.demo(sellers: 12, seed: 3)
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                let store = try await CoachingStore.of(database: database, organizationID: demo.organization.id)
                let manager = Self.policy(demo.logins.manager, demo)
                let seller = demo.logins.seller
                let asOf = Self.asOf

                // MUT: plan and complete a first session with one next step
                let first = try await store.plan(
                    SessionPlan(sellerID: seller.id, type: .followUp, scheduledAt: asOf, durationMinutes: 30, focus: .activityType(.call)),
                    for: manager, at: asOf)
                #expect(first.coachID == demo.logins.manager.id)
                #expect(first.suggestion == nil, "nothing to suggest without any execution or assessment")
                let today = store.calendar.day(containing: asOf)
                _ = try await store.complete(
                    first.id,
                    with: SessionCompletion(
                        notes: "Calls slipped", privateNotes: "Check workload with HR",
                        reviews: [], nextSteps: [NextStepDraft(text: "Call ten customers", ownerID: seller.id, due: today.adding(days: 7))]),
                    for: manager, at: asOf)
                let open = try await store.openItems(of: seller.id, for: manager)
                #expect(open.map(\.text) == ["Call ten customers"])

                // MUT: a second session cannot be completed without following up the open step; nothing changes
                let second = try await store.plan(
                    SessionPlan(sellerID: seller.id, type: .skill, scheduledAt: asOf.addingTimeInterval(7 * 86_400), durationMinutes: 45),
                    for: manager, at: asOf)
                await #expect(throws: FieldErrors.self) {
                    try await store.complete(
                        second.id, with: SessionCompletion(reviews: [], nextSteps: [NextStepDraft(text: "x", ownerID: seller.id, due: today.adding(days: 9))]),
                        for: manager, at: asOf)
                }
                #expect(try await store.openItems(of: seller.id, for: manager).count == 1)
                #expect(try await store.sessionScreen(second.id, for: manager, asOf: asOf).session.status == .planned)

                // MUT: followed up as carried over, with a second step
                _ = try await store.complete(
                    second.id,
                    with: SessionCompletion(
                        reviews: [ActionItemReview(itemID: open[0].id, outcome: .carriedOver, comment: "Busy week", newDue: today.adding(days: 14))],
                        nextSteps: [NextStepDraft(text: "Practise the opening", ownerID: demo.logins.manager.id, due: today.adding(days: 10))]),
                    for: manager, at: asOf)

                // validate: the carried-over step is still open with its new date; the session records how it was followed up
                let after = try await store.openItems(of: seller.id, for: manager)
                #expect(after.map(\.text).sorted() == ["Call ten customers", "Practise the opening"])
                #expect(after.first { $0.id == open[0].id }?.carriedOver == 1)
                #expect(after.first { $0.id == open[0].id }?.due == today.adding(days: 14))
                let screen = try await store.sessionScreen(second.id, for: manager, asOf: asOf)
                #expect(screen.followedUp.map(\.review.outcome) == [.carriedOver])
                #expect(screen.agreed.map(\.text) == ["Practise the opening"])
                #expect(screen.agenda == .standard(for: .skill))
                #expect(screen.history.map(\.id) == [first.id])

                // validate: the seller reads the first session without its private notes; the audit trail keeps no private text
                let asSeller = Self.policy(seller, demo)
                let sellersView = try await store.sessionScreen(first.id, for: asSeller, asOf: asOf)
                #expect(sellersView.session.notes == "Calls slipped")
                #expect(sellersView.session.privateNotes == "")
                #expect(try await store.sessions(of: seller.id, for: asSeller).allSatisfy { $0.privateNotes.isEmpty })
                let audit = try await AuditEventModelReader.changes(on: database, entity: "coaching_session")
                #expect(!audit.isEmpty)
                #expect(audit.allSatisfy { !$0.contains("Check workload") })

                // MUT + validate: the seller marks the carried-over step done
                let done = try await store.setItem(open[0].id, done: true, for: asSeller, at: asOf)
                #expect(done.status == .done)
                let glance = try await store.glance(.lastWholeMonths(scope: .person(seller.id), asOf: asOf, calendar: .stockholm), for: asSeller)
                #expect(glance.commitments.map(\.text) == ["Practise the opening"])
            }
        }

        /// A seller's coaching page is their own sessions and next steps, not a coach's load
        /// (issue 13); their coach reads the same beside the rhythm, leadership neither.
        @Test(arguments: StoreBackend.available)
        func aSellerReadsTheirOwnSessionsAndNextSteps(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: Self.seeding) { database, seeded in
                // setup
                let (demo, generator) = seeded
                let store = try await CoachingStore.of(database: database, organizationID: demo.organization.id)
                let seller = demo.logins.seller
                let year = generator.coaching(for: seller.id)
                let query = CoachingQuery(scope: .person(seller.id), months: Self.months, asOf: Self.asOf)
                let since = WeekCalendar.stockholm.start(of: Self.months.lowerBound)

                // MUT
                let own = try await store.overview(query, for: Self.policy(seller, demo))

                // validate: every session since the first month but the cancelled, none with private notes
                let person = try #require(own.person)
                #expect(own.coaches.isEmpty, "one seller's coach's load is not theirs to weigh")
                let expected = year.sessions.filter { $0.scheduledAt >= since && $0.status != .cancelled }
                #expect(Set((person.upcoming + person.past).map(\.id)) == Set(expected.map(\.id)))
                #expect(!person.past.isEmpty)
                #expect(person.upcoming.allSatisfy { $0.status == .planned && $0.scheduledAt >= Self.asOf })
                #expect(person.past.map(\.scheduledAt) == person.past.map(\.scheduledAt).sorted(by: >), "newest first")
                #expect((person.upcoming + person.past).allSatisfy { $0.privateNotes.isEmpty })
                #expect(person.commitments.map(\.id) == year.items.filter { $0.status == .open }.soonestDueFirst().map(\.id))
                #expect(person.people.allSatisfy { person.names[$0] != nil })

                // validate: the coach reads the same sessions beside the rhythm; leadership neither
                let coach = try #require(own.sellers.first?.cadence.coachID.flatMap { id in demo.people.first { $0.id == id } })
                let coached = try await store.overview(query, for: Self.policy(coach, demo))
                #expect(coached.person.map { ($0.upcoming + $0.past).map(\.id) } == (person.upcoming + person.past).map(\.id))
                #expect(!coached.coaches.isEmpty)
                let administered = try await store.overview(query, for: Self.policy(demo.logins.admin, demo))
                #expect(administered.person == nil)
            }
        }

        @Test(arguments: StoreBackend.available)
        func eachRoleCoachesAndReadsOnlyWithinItsReach(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let demo = StoreFixture.demo(sellers: 12, seed: 3)
                try await Organizations(database: database).store(demo, passwordHashes: [:])
                let store = try await CoachingStore.of(database: database, organizationID: demo.organization.id)
                let seller = demo.logins.seller
                let plan = SessionPlan(sellerID: seller.id, type: .deal, scheduledAt: Self.asOf, durationMinutes: 30)
                let session = try await store.plan(plan, for: Self.policy(demo.logins.manager, demo), at: Self.asOf)

                for (role, person) in demo.logins.all where role != .manager {
                    let policy = Self.policy(person, demo)
                    // MUT + validate: nobody but a manager of the seller's subtree plans with them
                    await #expect(throws: FieldErrors([FieldError(field: "sellerID", code: .invalidValue, .sellerNotCoachable)]), "\(role)") {
                        try await store.plan(plan, for: policy, at: Self.asOf)
                    }
                    // a leader or an admin never reads the conversation; the seller reads their own
                    if role == .seller {
                        #expect(try await store.sessionScreen(session.id, for: policy, asOf: Self.asOf).viewerIsCoach == false)
                        await #expect(throws: AccessRefused.self) { try await store.cancel(session.id, for: policy, at: Self.asOf) }
                    } else {
                        await #expect(throws: AccessRefused.self, "\(role)") { try await store.sessionScreen(session.id, for: policy, asOf: Self.asOf) }
                    }
                }
            }
        }
    }
}

/// The audit trail's stored change texts of one kind of record, to check what it keeps.
enum AuditEventModelReader {
    static func changes(on database: any Database, entity: String) async throws -> [String] {
        struct Row: Decodable { var changes: String }
        return try await (database as! any SQLDatabase).select().column("changes").from("audit_events").where("entity", .equal, entity)
            .all(decoding: Row.self).map(\.changes)
    }
}
