import FluentKit
import Foundation
import KeelImport
@testable import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// Practice as the store keeps it: plans generated from the diagnosis and coaching, repetitions
    /// that re-schedule their item, an observer's score that replaces the seller's own verdict,
    /// every refusal leaving nothing changed, and every role's reach.
    @Suite struct PracticeStoreTests {
        static let asOf = StoreFixture.now.addingTimeInterval(3_600)

        /// Sellers with half a year of execution, the default framework's cycles and a year of coaching.
        static func seeded(on database: any Database, sellers: Int = 24) async throws -> DemoOrganization {
            let demo = StoreFixture.demo(sellers: sellers, seed: 11)
            try await Organizations(database: database).store(demo, passwordHashes: [:])
            let spec = try DemoExecutionSpec.weeks(26, endingBefore: StoreFixture.now, seed: 11, calendar: .stockholm).validated()
            let execution = DemoExecutionGenerator(demo, spec: spec)
            try await ExecutionSeeding(database: database, organizationID: demo.organization.id).store(execution, at: StoreFixture.now)
            try await CompetenceSeeding(database: database, organizationID: demo.organization.id).storeDemo(for: demo, seed: 11, now: StoreFixture.now)
            try await CoachingSeeding(database: database, organizationID: demo.organization.id)
                .storeDemo(for: demo, execution: execution.patterns, seed: 11, now: StoreFixture.now)
            return demo
        }

        static func policy(_ person: Person, _ demo: DemoOrganization) -> AccessPolicy {
            AccessPolicy(viewer: Viewer(person), hierarchy: TeamHierarchy(demo.teams))
        }

        @Test(arguments: StoreBackend.available)
        func theDemoPractisesFromThePlansTheDiagnosisGives(_ backend: StoreBackend) async throws {
            // The default 24 sellers are the coaching suite's seeding.
            try await withStore(backend, seeded: CoachingStoreTests.seeding) { database, seeded in
                // setup
                let demo = seeded.0
                let store = try await PracticeStore.of(database: database, organizationID: demo.organization.id)

                // MUT
                let counts = try await PracticeSeeding(database: database, organizationID: demo.organization.id)
                    .storeDemo(for: demo, seed: 11, now: StoreFixture.now)

                // validate: the shipped library was stored with the first plan; every seller has a plan of at most 3 × 2 items
                let library = try await store.library()
                #expect(library.count == PracticeLibraryDocument.nordicB2B.items.count)
                #expect(counts.reps > 0)
                let sellers = demo.people.filter { $0.accessRole == .seller }
                let admin = Self.policy(demo.logins.admin, demo)
                for seller in sellers {
                    let plan = try await store.planScreen(of: seller.id, for: admin, asOf: Self.asOf)
                    #expect((1...6).contains(plan.entries.count), "\(seller.name)")
                    #expect(Set(plan.entries.map(\.entry.competencyID)).count <= 3)
                }

                // validate: the manager's team, each row counted from the seller's own plan
                let manager = Self.policy(demo.logins.manager, demo)
                let team = try #require(demo.logins.manager.teamID)
                let screen = try await store.teamScreen(PracticeQuery(scope: .team(team), asOf: Self.asOf), for: manager)
                #expect(!screen.rows.isEmpty)
                for row in screen.rows {
                    let plan = try await store.planScreen(of: row.personID, for: manager, asOf: Self.asOf)
                    #expect(row.overdue == plan.entries.count { $0.status == .overdue })
                    #expect(row.dueThisWeek == plan.entries.count { $0.status == .dueThisWeek })
                    #expect(row.activeItems == plan.entries.count)
                    // Role-plays to score: only those done in the recent weeks, not every old unscored one.
                    let recentStart = store.calendar.day(containing: store.calendar.start(of: screen.recentWeeks.lowerBound))
                    let rolePlays = Set(library.filter { $0.kind == .rolePlay }.map(\.id))
                    let reps = try await store.reps(of: [row.personID])
                    #expect(row.awaitingObservation == reps.count { $0.day >= recentStart && rolePlays.contains($0.itemID) && $0.observation == nil })
                }

                // validate: reach — a seller reads only their own plan; a leader reads it without notes
                let seller = Self.policy(demo.logins.seller, demo)
                let other = try #require(sellers.first { $0.id != demo.logins.seller.id })
                await #expect(throws: AccessRefused.self) { try await store.planScreen(of: other.id, for: seller, asOf: Self.asOf) }
                #expect(try await store.planScreen(of: demo.logins.seller.id, for: seller, asOf: Self.asOf).notesShown)
                let leader = try await store.planScreen(of: demo.logins.seller.id, for: Self.policy(demo.logins.leader, demo), asOf: Self.asOf)
                #expect(!leader.notesShown && !leader.canChange)
                await #expect(throws: AccessRefused.self) {
                    try await store.teamScreen(PracticeQuery(scope: .team(team), asOf: Self.asOf), for: seller)
                }
            }
        }

        @Test(arguments: StoreBackend.available)
        func aRepetitionReschedulesAndAnObserversScoreDecides(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup: a seller with a role-play added by their manager
                let demo = try await Self.seeded(on: database, sellers: 12)
                let store = try await PracticeStore.of(database: database, organizationID: demo.organization.id)
                let sellerPerson = demo.logins.seller
                let seller = Self.policy(sellerPerson, demo)
                let manager = Self.policy(demo.logins.manager, demo)
                let framework = try #require(try await store.framework())
                let profile = try #require(try await CompetenceStore(database: database, organizationID: demo.organization.id)
                    .applicableProfile(to: sellerPerson, framework: framework.id))
                let profiled = Set(profile.entries.map(\.competencyID))
                let library = try await store.library()
                let rolePlay = try #require(library.first { $0.kind == .rolePlay && profiled.contains($0.competencyID) })
                let lesson = try #require(library.first { $0.kind == .microLesson && profiled.contains($0.competencyID) })
                let today = store.calendar.day(containing: Self.asOf)

                // MUT: added by hand — twice is refused, as is an item outside the profile
                let entry = try await store.addToPlan(rolePlay.id, of: sellerPerson.id, for: manager, at: Self.asOf)
                #expect(entry.repetition == .new(on: today) && entry.reason == .chosen)
                await #expect(throws: FieldErrors.self) { try await store.addToPlan(rolePlay.id, of: sellerPerson.id, for: manager, at: Self.asOf) }
                if let outside = library.first(where: { !profiled.contains($0.competencyID) }) {
                    await #expect {
                        try await store.addToPlan(outside.id, of: sellerPerson.id, for: seller, at: Self.asOf)
                    } throws: { ($0 as? FieldErrors)?.errors.map(\.problem.key) == [.competencyNotInProfile] }
                }

                // MUT: bad input names its field and stores nothing; the manager cannot do the seller's practice
                await #expect {
                    try await store.complete(entry.id, with: PracticeRepDraft(selfScore: 9, note: ""), for: seller, at: Self.asOf)
                } throws: { ($0 as? FieldErrors)?.errors.map(\.field) == ["selfScore"] }
                await #expect(throws: AccessRefused.self) {
                    try await store.complete(entry.id, with: PracticeRepDraft(selfScore: 4, note: ""), for: manager, at: Self.asOf)
                }
                #expect(try await store.itemScreen(entry.id, for: seller, asOf: Self.asOf).repetitions.isEmpty)
                let lessonEntry = try await store.addToPlan(lesson.id, of: sellerPerson.id, for: seller, at: Self.asOf)
                await #expect {
                    try await store.complete(lessonEntry.id, with: PracticeRepDraft(selfScore: 3, note: "  "), for: seller, at: Self.asOf)
                } throws: { ($0 as? FieldErrors)?.errors.map(\.problem.key) == [.practiceAnswerRequired] }

                // MUT: done well → due tomorrow, one good in a row
                let rep = try await store.complete(entry.id, with: PracticeRepDraft(selfScore: 4, note: "Opened with the trigger"), for: seller, at: Self.asOf)
                var screen = try await store.itemScreen(entry.id, for: seller, asOf: Self.asOf)
                #expect(screen.entry.repetition == SpacedRepetition.State(goodInARow: 1, due: today.adding(days: 1)))
                #expect(screen.toObserve?.rep.id == rep.id)

                // MUT: the seller cannot score their own role-play; an unmarked level is named; the manager scores below the aim
                await #expect(throws: AccessRefused.self) {
                    try await store.observe(rep.id, with: PracticeObservationDraft(marks: [2: true, 3: true, 4: true, 5: true], comment: ""), for: seller, at: Self.asOf)
                }
                await #expect {
                    try await store.observe(rep.id, with: PracticeObservationDraft(marks: [2: true], comment: ""), for: manager, at: Self.asOf)
                } throws: { ($0 as? FieldErrors)?.errors.map(\.field) == ["level-3", "level-4", "level-5"] }
                var marks = [2: true, 3: true, 4: true, 5: true]
                for level in rolePlay.aimLevel...5 { marks[level] = false }
                let scored = try await store.observe(rep.id, with: PracticeObservationDraft(marks: marks, comment: "Again next week"), for: manager, at: Self.asOf)

                // validate: the observed level (below the aim) makes it poor — back to the start, from the day it was done
                #expect(scored.observation?.level == rolePlay.aimLevel - 1)
                screen = try await store.itemScreen(entry.id, for: seller, asOf: Self.asOf)
                #expect(screen.entry.repetition == SpacedRepetition.State(goodInARow: 0, due: today.adding(days: 1)))
                #expect(screen.repetitions.first?.rep.observation?.comment == "Again next week")
                #expect(try await store.itemScreen(entry.id, for: Self.policy(demo.logins.leader, demo), asOf: Self.asOf)
                    .repetitions.first?.rep.note == "", "a leader sees the scores, not the notes")
            }
        }

        @Test(arguments: StoreBackend.available)
        func aLibraryFileImportsWhollyOrNotAtAll(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let demo = try await Self.seeded(on: database, sellers: 6)
                let store = try await PracticeStore.of(database: database, organizationID: demo.organization.id)
                let leader = Self.policy(demo.logins.leader, demo)
                let before = try await store.library()
                let changed = try #require(before.first)
                let competency = try #require(try await store.framework()?.competency(changed.competencyID))
                func file(_ newAim: Int) -> String {
                    """
                    format: 1
                    items:
                    - key: \(changed.key)
                      competency: \(competency.key)
                      kind: drill
                      aim-level: 2
                      minutes: 10
                      title: {en: Changed title}
                      instructions: {en: Changed.}
                    - key: \(competency.key).new-one
                      competency: \(competency.key)
                      kind: drill
                      aim-level: \(newAim)
                      minutes: 10
                      title: {en: New}
                      instructions: {en: New.}
                    """
                }

                // MUT: an aim off the scale refuses the whole file
                await #expect(throws: FrameworkFileError.self) {
                    try await store.importLibrary(try PracticeLibraryFile.parse(file(9)), for: leader, at: Self.asOf)
                }
                #expect(try await store.library() == before)
                await #expect(throws: AccessRefused.self) {
                    try await store.importLibrary(try PracticeLibraryFile.parse(file(3)), for: Self.policy(demo.logins.manager, demo), at: Self.asOf)
                }

                // MUT: a valid file changes the known key and adds the new one
                let result = try await store.importLibrary(try PracticeLibraryFile.parse(file(3)), for: leader, at: Self.asOf)
                #expect(result.added == 1 && result.changed == 1)
                let after = try await store.library()
                #expect(after.count == before.count + 1)
                #expect(after.first { $0.id == changed.id }?.title.english == "Changed title")
            }
        }
    }
}
