import FluentKit
import Foundation
@testable import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// Erasing a person (GDPR article 17) leaves their name and e-mail in no text column of any
    /// table — the audit log's stored values included — while every aggregate of the people
    /// they worked with stays the same; and the retention sweep erases by age the same way.
    @Suite struct PersonErasureStoreTests {
        static func policy(_ person: Person) -> AccessPolicy {
            AccessPolicy(viewer: Viewer(person), hierarchy: TeamHierarchy([]))
        }

        /// A person with data everywhere: the demo's seller with a generated half-year of
        /// activities and coaching, ratings given and received, a result comment, a reviewed
        /// postponement, a rename in the audit log, a web session, an API token, a calendar link,
        /// a sign-in throttle, and a colleague's evidence that names them.
        static func seeded(on database: any Database) async throws -> (scenario: CompetenceScenario, formerName: String) {
            let scenario = try await CompetenceScenario.make(on: database, sellers: 24)
            let demo = scenario.demo
            let organization = scenario.organizationID
            let spec = try DemoExecutionSpec.weeks(8, endingBefore: StoreFixture.now, seed: 5, calendar: .stockholm).validated()
            let generator = DemoExecutionGenerator(demo, spec: spec)
            try await ExecutionSeeding(database: database, organizationID: organization).store(generator, at: StoreFixture.now)
            try await CoachingSeeding(database: database, organizationID: organization)
                .storeDemo(for: demo, execution: generator.patterns, seed: 5, now: StoreFixture.now)

            let (seller, manager, colleague, admin) = (scenario.seller, scenario.manager, scenario.colleagues[0], demo.logins.admin)
            let store = scenario.store
            let at = CompetenceScenario.date(1)
            for (rater, ratee, source, evidence) in [
                (seller, seller, RatingSource.selfAssessment, "I lead calls well"), (manager, seller, .manager, "Solid calls this spring"),
                (seller, colleague, .peer, "Helpful in calls"), (colleague, colleague, .selfAssessment, "Better at calls than \(seller.name)"),
            ] {
                _ = try await store.saveRating(scenario.rating(by: rater, of: ratee, source, evidence: evidence), submit: true, at: at)
            }
            _ = try await store.closeCycle(scenario.cycle.id, actor: admin.id, at: CompetenceScenario.date(3))
            _ = try await store.commentOnResults(cycle: scenario.cycle.id, by: seller.id, text: "Agreed, calls next", at: CompetenceScenario.date(4))

            let log = ActivityLog(database: database, organizationID: organization)
            let activity = try await log.log(.init(type: "call", plannedDate: at, durationMinutes: 30, subject: "Call about \(seller.name)'s deal"),
                                             owner: colleague.id, actor: colleague.id, at: at)
            let own = try await log.log(.init(type: "call", plannedDate: at, durationMinutes: 30, subject: "Follow-up"),
                                        owner: seller.id, actor: seller.id, at: at)
            let postponement = try await log.postpone(own.id, to: CompetenceScenario.date(3), reason: "customer_unavailable", actor: seller.id, at: at)
            _ = try await log.review(postponement.id, verdict: .acceptedExcuse, note: "Discussed with \(seller.name)", reviewer: manager.id, at: at)
            _ = activity

            // A goal of theirs and a win about them, both naming them, set and posted by their manager.
            let goals = try await GoalStore.of(database: database, organizationID: organization)
            let company = try await goals.save(
                GoalDraft(owner: .company, title: "Grow", start: CalendarDay("2025-10-01"), due: CalendarDay("2026-03-31"), parentID: nil),
                id: nil, for: Self.policy(admin), at: at)
            let teamGoal = try await goals.save(
                GoalDraft(owner: .team(try #require(seller.teamID)), title: "Team growth", start: CalendarDay("2025-10-01"), due: CalendarDay("2026-03-31"),
                          parentID: company.id),
                id: nil, for: Self.policy(manager), at: at)
            _ = try await goals.save(
                GoalDraft(owner: .person(seller.id), title: "\(seller.name)'s ten demos", start: CalendarDay("2025-10-01"), due: CalendarDay("2026-03-31"),
                          parentID: teamGoal.id, measure: .manual(target: 10, unit: "demos")),
                id: nil, for: Self.policy(manager), at: at)
            _ = try await WinStore.of(database: database, organizationID: organization)
                .post(WinDraft(personID: seller.id, teamID: nil, text: "Well done, \(seller.name)!"), for: Self.policy(manager), at: at)

            let formerName = seller.name
            let directory = scenario.directory
            _ = try await directory.updatePerson(seller.id, with: PersonDraft(
                name: "Zelda Quistberg", email: seller.email, jobRole: seller.jobRole, accessRole: seller.accessRole,
                teamID: seller.teamID, marketID: seller.marketID), actor: admin.id, at: at)
            let accounts = Accounts(database: database)
            let renamed = try #require(try await directory.person(seller.id))
            try await accounts.createSession(idHash: "session-of-seller", for: renamed, csrfToken: "csrf", at: at, expiresAt: CompetenceScenario.date(30))
            try await accounts.createToken(hash: "token-of-seller", for: renamed, label: "\(renamed.name)'s laptop", actor: seller.id, at: at,
                                           expiresAt: CompetenceScenario.date(30))
            try await CalendarFeeds(database: database).create(hash: "feed-of-seller", for: renamed, at: at)
            // Their own weekly digest (their name and address), their choice, and their manager's
            // digest that names them under both names.
            let digests = DigestStore(database: database, organizationID: organization, calendar: .stockholm)
            let week = ISOWeek(year: 2026, week: 2)!
            _ = try await digests.setEnabled(true, for: renamed.id, at: at)
            try await digests.enqueue(.init(person: renamed.id, address: renamed.email, language: .swedish, subject: "Veckan för \(renamed.name)",
                                            text: "Hej \(renamed.name)!", html: "<p>Hej \(renamed.name)!</p>", week: week), at: at)
            try await digests.enqueue(.init(person: manager.id, address: manager.email, language: .english, subject: "Your team",
                                            text: "\(formerName) and \(renamed.name) are overdue (\(renamed.email))",
                                            html: "<li>\(renamed.name)</li><li>\(formerName)</li>", week: week), at: at)
            _ = try await accounts.admitSignIn([(key: "account:\(renamed.email)", policy: .perAccount)], at: at)
            return (scenario, formerName)
        }

        @Test(arguments: StoreBackend.available)
        func noTextColumnOfAnyTableNamesAnErasedPersonAndNoAggregateChanges(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let (scenario, formerName) = try await Self.seeded(on: database)
                let seller = try #require(try await scenario.directory.person(scenario.seller.id))
                let admin = scenario.demo.logins.admin
                let needles = [formerName, seller.name, seller.email]
                let before = try await StoredTextScan.aggregates(on: database)
                let found = try await StoredTextScan.hits(of: needles, backend, on: database)
                for column in ["people.name", "people.email", "audit_events.changes", "ratings.evidence", "activities.subject",
                               "postponements.note", "api_tokens.label", "goals.title", "wins.text"] {
                    #expect(found[column] != nil, "the scan finds the seller in \(column) before the erasure: \(found)")
                }
                let erasure = PersonErasure(database: database, organizationID: scenario.organizationID)

                // MUT: refused to a manager and to an admin for themself
                await #expect(throws: AccessRefused(.forbidden, entity: "person", field: "personID")) {
                    try await erasure.erase(seller.id, for: Self.policy(scenario.manager), at: CompetenceScenario.date(10))
                }
                await #expect(throws: FieldError(field: "personID", code: .conflict, .cannotEraseYourself)) {
                    try await erasure.erase(admin.id, for: Self.policy(admin), at: CompetenceScenario.date(10))
                }
                await #expect(throws: AccessRefused(.notFound, entity: "person", field: "personID")) {
                    try await erasure.erase(seller.id, for: Self.policy(scenario.outsider), at: CompetenceScenario.date(10))
                }

                // MUT
                let outcome = try await erasure.erase(seller.id, for: Self.policy(admin), at: CompetenceScenario.date(10))

                // validate: nothing of them is left in any text column
                let left = try await StoredTextScan.hits(of: needles, backend, on: database)
                #expect(left.isEmpty, "after the erasure the seller is still in \(left)")
                #expect(try await StoredTextScan.aggregates(on: database) == before)
                let identity = ErasedIdentity(seller.id)
                #expect(outcome.pseudonym == identity.name)
                for rule in ["people.name", "ratings.evidence", "result_comments.text", "postponements.note", "coaching_sessions.notes",
                             "coaching_action_items.text", "web_sessions", "api_tokens", "calendar_feeds", "activities.subject", "audit_events",
                             "mail_outbox", "digest_preferences", "mail_outbox.text_body", "mail_outbox.html_body",
                             "goals.title", "wins.text"] {
                    #expect((outcome.rows[rule] ?? 0) > 0, "\(rule) was not erased: \(outcome.rows)")
                }
                let erased = try #require(try await scenario.directory.person(seller.id))
                #expect(erased.name == identity.name && erased.email == identity.email && !erased.isActive)
                #expect(try await Accounts(database: database).throttleState("account:\(seller.email)") == nil)
                let texts = try await PersonalData(database: database, organizationID: scenario.organizationID)
                    .export(scenario.colleagues[0].id, for: Self.policy(admin), format: "json", at: CompetenceScenario.date(11))
                #expect(texts.competence.ratingsReceived.contains { $0.rating.evidence == "Better at calls than \(identity.name)" },
                        "a colleague's own text keeps its words, with the pseudonym for the name")

                // validate: the erasure is in the log, by whom, without the values
                let log = try await AuditLog(database: database, organizationID: scenario.organizationID)
                    .report(AuditQuery(person: seller.id, kind: .person), for: Self.policy(admin))
                let event = try #require(log.events.first { $0.action == "erased" })
                #expect(event.actorID == admin.id)
                #expect(event.changes["ratings.evidence"]?.new == String(outcome.rows["ratings.evidence"] ?? 0))

                // validate: once is enough
                await #expect(throws: FieldError(field: "personID", code: .conflict, .personAlreadyErased)) {
                    try await erasure.erase(seller.id, for: Self.policy(admin), at: CompetenceScenario.date(12))
                }
            }
        }

        @Test(arguments: StoreBackend.available)
        func theRetentionSweepErasesOldTextsAndLongGoneLeaversOnce(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup: texts written on day 1 and day 400; a colleague who left on day 2
                let (scenario, _) = try await Self.seeded(on: database)
                let organization = scenario.organizationID
                let (seller, colleague, admin) = (scenario.seller, scenario.colleagues[1], scenario.demo.logins.admin)
                let cycle = try await scenario.store.openCycle(
                    name: "Next spring", framework: scenario.framework.reference, participants: [seller.id], actor: admin.id,
                    at: CompetenceScenario.date(400))
                _ = try await scenario.store.saveRating(
                    scenario.rating(by: seller, of: seller, .selfAssessment, evidence: "Recent evidence", cycle: cycle.id), submit: true,
                    at: CompetenceScenario.date(400))
                _ = try await scenario.directory.setActive(person: colleague.id, false, actor: admin.id, at: CompetenceScenario.date(2))
                let settings = OrganizationSettings(database: database, organizationID: organization)
                await #expect(throws: FieldErrors.self) {
                    try await settings.setRetentionPolicy(RetentionPolicy(textYears: 0), by: admin.id, at: CompetenceScenario.date(500))
                }
                try await settings.setRetentionPolicy(RetentionPolicy(textYears: 1, leaverYears: 1), by: admin.id, at: CompetenceScenario.date(500))
                let sweep = RetentionSweep(database: database, organizationID: organization)
                let before = try await StoredTextScan.aggregates(on: database)

                // MUT
                let outcome = try await sweep.apply(at: CompetenceScenario.date(500), actor: nil)
                let again = try await sweep.apply(at: CompetenceScenario.date(500), actor: nil)

                // validate
                #expect(outcome.erasedPeople == [colleague.id])
                #expect((outcome.texts["ratings.evidence"] ?? 0) > 0 && (outcome.texts["postponements.note"] ?? 0) > 0, "\(outcome.texts)")
                #expect(again.isEmpty, "a second run finds nothing: \(again)")
                let export = try await PersonalData(database: database, organizationID: organization)
                    .export(seller.id, for: Self.policy(admin), format: "json", at: CompetenceScenario.date(500))
                #expect(Set(export.competence.ratingsReceived.map(\.rating.evidence)) == ["", "Recent evidence"])
                #expect(export.competence.resultComments.map(\.text) == [""])
                #expect(try await StoredTextScan.hits(of: [colleague.name, colleague.email], backend, on: database).isEmpty)
                #expect(try await StoredTextScan.aggregates(on: database) == before)
                let log = try await AuditLog(database: database, organizationID: organization)
                    .report(AuditQuery(kind: .retention), for: Self.policy(admin))
                #expect(log.total == 1)
            }
        }
    }
}
