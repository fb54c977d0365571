import FluentKit
import Foundation
import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// Goals and wins as the store keeps them: the demo's goal tree rolled up exactly as the
    /// domain's rule says, each role's reach, writes audited with old and new values, a refused
    /// write leaving everything as it was, and the feed with its suggestions.
    @Suite struct GoalStoreTests {
        static let now = StoreFixture.now

        static let seeding = StoreSeeding("goals-16-7") { try await seeded(on: $0) }

        /// 16 sellers with half a year of deals, and the demo's goals and wins.
        static func seeded(on database: any Database) async throws -> (DemoOrganization, DemoGoalsGenerator.Output) {
            let demo = StoreFixture.demo(sellers: 16, seed: 7)
            try await Organizations(database: database).store(demo, passwordHashes: [:])
            let spec = try DemoExecutionSpec.weeks(26, endingBefore: now, seed: 7, calendar: .stockholm).validated()
            try await ExecutionSeeding(database: database, organizationID: demo.organization.id).store(DemoExecutionGenerator(demo, spec: spec), at: now)
            let output = try await GoalSeeding(database: database, organizationID: demo.organization.id).storeDemo(for: demo, now: now)
            return (demo, output)
        }

        static func policy(_ person: Person, _ demo: DemoOrganization) -> AccessPolicy {
            AccessPolicy(viewer: Viewer(person), hierarchy: TeamHierarchy(demo.teams))
        }

        @Test(arguments: StoreBackend.available)
        func theBoardRollsUpTheStoredTreeForEachRole(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: Self.seeding) { database, seeded in
                // setup
                let (demo, output) = seeded
                let store = try await GoalStore.of(database: database, organizationID: demo.organization.id)

                // MUT
                let admin = try await store.board(for: Self.policy(demo.logins.admin, demo))

                // validate: every goal, each progress the domain's roll-up over the stored goals
                #expect(Set(admin.entries.map(\.goal.id)) == Set(output.goals.map(\.id)))
                let company = try #require(admin.entries.first)
                #expect(company.goal.owner == .company && company.depth == 0)
                let children = admin.entries.filter { $0.goal.parentID == company.goal.id }
                var weighted = 0.0
                var weights = 0.0
                for child in children {
                    if let fraction = child.progress.fraction {
                        weighted += child.goal.weight * fraction
                        weights += child.goal.weight
                    }
                }
                #expect(abs(try #require(company.progress.fraction) - weighted / weights) < 1e-9, "the weighted mean of the team goals")
                #expect(company.progress.basis == .children(counted: children.count, of: children.count))
                let sellersGoal = try #require(admin.entries.first { $0.goal.owner == .person(demo.logins.seller.id) && $0.goal.measure?.kpi == .wonDeals })
                #expect(sellersGoal.progress.fraction == 1, "the seller login's goal is set to be exactly reached")
                #expect(admin.entries.allSatisfy { !$0.canEdit || $0.goal.owner == .company }, "an admin sets only company goals")

                // validate: a seller reads their own goals, their team's and the company's — no teammate's
                let seller = try await store.board(for: Self.policy(demo.logins.seller, demo))
                for entry in seller.entries {
                    switch entry.goal.owner {
                    case .company: break
                    case .team(let team): #expect(team == demo.logins.seller.teamID)
                    case .person(let person): #expect(person == demo.logins.seller.id)
                    }
                }
                #expect(seller.entries.contains { $0.goal.owner == .person(demo.logins.seller.id) && $0.canEnterValue && !$0.canEdit })
                #expect(seller.writableOwners.isEmpty)
                #expect(seller.entries.first { $0.goal.id == sellersGoal.goal.id }?.progress == sellersGoal.progress, "the same progress for every viewer")

                // validate: a manager reads and sets their team's and its sellers' goals, not the company's
                let manager = try await store.board(for: Self.policy(demo.logins.manager, demo))
                #expect(manager.entries.filter(\.canEdit).allSatisfy { $0.goal.owner != .company })
                #expect(manager.entries.contains { $0.goal.owner == .person(demo.logins.seller.id) && $0.canEdit })
                #expect(manager.writableOwners.contains { $0.owner == .team(demo.logins.manager.teamID!) })
                #expect(!manager.writableOwners.contains { $0.owner == .company })
            }
        }

        @Test(arguments: StoreBackend.available)
        func aGoalThatWouldBecomeItsOwnAncestorIsRefusedAndNothingChanges(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: Self.seeding) { database, seeded in
                let (demo, _) = seeded
                let store = try await GoalStore.of(database: database, organizationID: demo.organization.id)
                let manager = Self.policy(demo.logins.manager, demo)
                let before = try await store.board(for: manager)
                let teamGoal = try #require(before.entries.first { $0.goal.owner == .team(demo.logins.manager.teamID!) && $0.goal.measure?.kpi != nil })
                let child = try #require(before.entries.first { $0.goal.parentID == teamGoal.goal.id })
                let audit = try await Directory(database: database, organizationID: demo.organization.id).auditTrail(of: teamGoal.goal.id.rawValue)

                // MUT: hang the team goal under its own child, with a blank title and a due date before its start
                let draft = GoalDraft(
                    owner: teamGoal.goal.owner, title: " ", start: CalendarDay("2026-02-01"), due: CalendarDay("2026-01-01"), parentID: child.goal.id)
                await #expect(throws: FieldErrors([
                    FieldError(field: "title", code: .required, .valueRequired),
                    FieldError(field: "due", code: .invalidValue, .goalDueBeforeStart, ["start": "2026-02-01"]),
                    FieldError(field: "parentID", code: .cycle, .goalCycle),
                ])) { try await store.save(draft, id: teamGoal.goal.id, for: manager, at: Self.now) }

                // validate: nothing stored changed, nothing audited
                #expect(try await store.board(for: manager) == before)
                #expect(try await Directory(database: database, organizationID: demo.organization.id).auditTrail(of: teamGoal.goal.id.rawValue) == audit)
            }
        }

        @Test(arguments: StoreBackend.available)
        func writesAreCheckedForReachAndAuditedWithOldAndNewValues(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: Self.seeding) { database, seeded in
                let (demo, _) = seeded
                let store = try await GoalStore.of(database: database, organizationID: demo.organization.id)
                let directory = Directory(database: database, organizationID: demo.organization.id)
                let manager = Self.policy(demo.logins.manager, demo)
                let seller = Self.policy(demo.logins.seller, demo)
                let board = try await store.board(for: manager)
                let teamGoal = try #require(board.entries.first { $0.goal.owner == .team(demo.logins.manager.teamID!) })

                // add, change, value, archive
                let draft = GoalDraft(
                    owner: .person(demo.logins.seller.id), title: "Demos booked", start: CalendarDay("2026-01-01"), due: CalendarDay("2026-03-31"),
                    parentID: teamGoal.goal.id, measure: .manual(target: 8, unit: "demos"))
                let goal = try await store.save(draft, id: nil, for: manager, at: Self.now)
                var changed = draft
                changed.title = "Demos held"
                _ = try await store.save(changed, id: goal.id, for: manager, at: Self.now.addingTimeInterval(60))
                let valued = try await store.enterValue(6, goal: goal.id, for: seller, at: Self.now.addingTimeInterval(120))
                #expect(valued.latestValue == 6)
                #expect(try await store.entry(goal.id, for: seller).progress == GoalProgress(fraction: 0.75, basis: .measured(value: 6, target: 8)))

                // refused: the seller sets no goal; a leader of the whole organization sets no individual goal; nobody outside reads it
                await #expect(throws: AccessRefused.self) { try await store.save(changed, id: goal.id, for: seller, at: Self.now) }
                await #expect(throws: FieldErrors([FieldError(field: "level", code: .invalidValue, .goalOwnerNotAllowed)])) {
                    try await store.save(draft, id: nil, for: Self.policy(demo.logins.leader, demo), at: Self.now)
                }
                let stranger = try #require(demo.people.first { $0.accessRole == .seller && $0.teamID != demo.logins.seller.teamID })
                await #expect(throws: AccessRefused.self) { try await store.entry(goal.id, for: Self.policy(stranger, demo)) }
                await #expect(throws: FieldError(field: "goalID", code: .conflict, .goalHasChildren)) {
                    try await store.archive(teamGoal.goal.id, for: manager, at: Self.now)
                }
                try await store.archive(goal.id, for: manager, at: Self.now.addingTimeInterval(180))
                #expect(try await store.board(for: manager).entries.allSatisfy { $0.goal.id != goal.id })

                // validate: four events, newest first, with old and new values
                let trail = try await directory.auditTrail(of: goal.id.rawValue)
                #expect(trail.map(\.action) == ["archive", "value", "update", "create"])
                #expect(trail[2].changes.contains("Demos booked") && trail[2].changes.contains("Demos held"))
                #expect(trail[1].actorID == demo.logins.seller.id && trail[1].changes.contains("latestValue"))
            }
        }

        @Test(arguments: StoreBackend.available)
        func theFeedShowsEachRoleTheirTeamsWinsAndSuggestsWhatIsNotCelebratedYet(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: Self.seeding) { database, seeded in
                let (demo, output) = seeded
                let wins = try await WinStore.of(database: database, organizationID: demo.organization.id)
                let manager = Self.policy(demo.logins.manager, demo)
                let seller = Self.policy(demo.logins.seller, demo)

                // the demo's wins: the seller reads their team's, a seller of another team none of them
                let feed = try await wins.feed(team: nil, for: seller, asOf: Self.now)
                #expect(Set(feed.entries.map(\.win.id)) == Set(output.wins.map(\.id)))
                #expect(feed.suggestions.isEmpty, "a seller gets no suggestions")
                let stranger = try #require(demo.people.first { person in
                    person.accessRole == .seller && person.teamID != demo.logins.seller.teamID && person.isActive
                        && !output.wins.contains { $0.subject == .person(person.id) }
                })
                #expect(try await wins.feed(team: nil, for: Self.policy(stranger, demo), asOf: Self.now).entries.isEmpty)

                // the manager is suggested the seller login's reached goal
                let reached = try #require(output.goals.first { $0.owner == .person(demo.logins.seller.id) && $0.measure?.kpi == .wonDeals })
                let suggestions = try await wins.suggestions(for: manager, asOf: Self.now)
                #expect(suggestions.contains { $0.source == .goal(reached.id) && $0.subject == .person(demo.logins.seller.id) })

                // MUT: posting a win for it takes the suggestion; dismissing another removes that one
                let win = try await wins.post(
                    WinDraft(personID: demo.logins.seller.id, teamID: nil, text: "  Goal reached!  ", goalID: reached.id), for: manager, at: Self.now)
                #expect(win.text == "Goal reached!")
                var left = try await wins.suggestions(for: manager, asOf: Self.now)
                #expect(!left.contains { $0.source == .goal(reached.id) })
                if let other = left.first {
                    try await wins.dismiss(other.source, for: manager, at: Self.now)
                    left = try await wins.suggestions(for: manager, asOf: Self.now)
                    #expect(!left.contains { $0.source == other.source })
                    await #expect(throws: AccessRefused.self) { try await wins.dismiss(other.source, for: manager, at: Self.now) }
                }
                #expect(try await wins.feed(team: demo.logins.seller.teamID, for: seller, asOf: Self.now).entries.first?.win.id == win.id)

                // refused: posting for someone outside the manager's reach, no subject and no text — every problem at once
                await #expect(throws: FieldErrors([FieldError(field: "personID", code: .invalidValue, .winNotAllowed)])) {
                    try await wins.post(WinDraft(personID: stranger.id, teamID: nil, text: "Well done"), for: manager, at: Self.now)
                }
                await #expect(throws: FieldErrors([
                    FieldError(field: "text", code: .required, .valueRequired),
                    FieldError(field: "personID", code: .invalidValue, .winNeedsOneSubject),
                ])) { try await wins.post(WinDraft(personID: nil, teamID: nil, text: ""), for: manager, at: Self.now) }
            }
        }

        @Test(arguments: StoreBackend.available)
        func aPersonsExportHoldsTheirGoalsAndWins(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: Self.seeding) { database, seeded in
                let (demo, output) = seeded
                let export = try await PersonalData(database: database, organizationID: demo.organization.id)
                    .export(demo.logins.seller.id, for: Self.policy(demo.logins.seller, demo), format: "json", at: Self.now)
                #expect(Set(export.goals.goals.map(\.id)) == Set(output.goals.filter { $0.owner == .person(demo.logins.seller.id) }.map(\.id)))
                #expect(export.goals.goals.contains { $0.measure == "manual" && $0.valuesEntered.count == 1 })
                #expect(export.goals.winsReceived.map(\.id) == output.wins.filter { $0.subject == .person(demo.logins.seller.id) }.map(\.id))
                let managers = try await PersonalData(database: database, organizationID: demo.organization.id)
                    .export(demo.logins.manager.id, for: Self.policy(demo.logins.admin, demo), format: "json", at: Self.now)
                #expect(managers.goals.winsPosted.count == output.wins.count)
            }
        }
    }
}
