import FluentKit
import Foundation
import KeelStore
import SalesDomain
import Testing

extension StoreSuites {
    /// The weekly digest as the store keeps it: each person's digest read for their own access
    /// policy from the coaching and practice stores, their choice audited, and an outbox that
    /// holds one message per person and week and never loses an unsent one.
    @Suite struct DigestStoreTests {
        @Test(arguments: StoreBackend.available)
        func aManagersDigestHoldsTheirOwnSellersAndTheOutboxKeepsEveryMessageUntilSent(_ backend: StoreBackend) async throws {
            try await withStore(backend, seeded: CoachingStoreTests.seeding) { database, seeded in
                // setup: a year of coaching; the digest composed a week before its last day
                let (demo, _) = seeded
                let store = try await DigestStore.of(database: database, organizationID: demo.organization.id)
                let asOf = CoachingStoreTests.asOf
                let week = store.calendar.week(containing: asOf)
                let manager = demo.logins.manager
                let policy = CoachingStoreTests.policy(manager, demo)

                // MUT
                let digest = try #require(try await store.digest(for: manager, week: week, asOf: asOf))

                // validate: the manager's coaching screen, cut to the week
                let overview = try await CoachingStore.of(database: database, organizationID: demo.organization.id)
                    .overview(CoachingQuery.lastWholeMonths(scope: .team(manager.teamID!), asOf: asOf, calendar: store.calendar), for: policy)
                #expect(digest.audience == .manager && digest.week == week)
                #expect(Set(digest.overdueSellers.map(\.personID)) == Set(overview.sellers.filter(\.cadence.overdue).map(\.id)))
                #expect(Set(digest.focus.map(\.personID)) == Set(overview.sellers.filter { $0.suggestion != nil }.map(\.id)))
                let team = Set(overview.sellers.map(\.id))
                #expect(digest.steps.allSatisfy { team.contains($0.item.sellerID) && $0.item.status == .open && $0.item.due <= digest.lastDay })
                #expect(digest.steps.allSatisfy { $0.overdue == ($0.item.due < digest.today) && !$0.sellerName.isEmpty })
                #expect(!digest.isEmpty)
                #expect(try await store.digest(for: demo.logins.admin, week: week, asOf: asOf) == nil)

                // MUT: the manager turns theirs off; audited with them as subject
                #expect(try await store.preference(of: manager.id) == .standard)
                #expect(try await store.recipients().contains { $0.id == manager.id })
                _ = try await store.setEnabled(false, for: manager.id, at: asOf)
                #expect(try await store.preference(of: manager.id) == DigestPreference(enabled: false, chosen: true))
                #expect(try await !store.recipients().contains { $0.id == manager.id })
                let events = try await AuditLog(database: database, organizationID: demo.organization.id)
                    .report(AuditQuery(person: manager.id), for: CoachingStoreTests.policy(demo.logins.admin, demo)).events
                #expect(events.contains { $0.kind == "digest_preference" && $0.actorID == manager.id && $0.changes["enabled"]?.new == "false" })

                // MUT: a message per person and week, once
                let draft = DigestStore.Draft(person: manager.id, address: manager.email, language: .swedish, subject: "Ämne", text: "text",
                                              html: "<p>html</p>", week: week)
                #expect(try await store.enqueue(draft, at: asOf))
                #expect(try await !store.enqueue(draft, at: asOf.addingTimeInterval(60)))
                var other = draft
                other.week = week.next
                #expect(try await store.enqueue(other, at: asOf.addingTimeInterval(7 * 24 * 3_600)))
                let queued = try await store.deliverable(at: asOf)
                #expect(queued.count == 1 && queued[0].state == .queued && queued[0].language == .swedish && queued[0].subject == "Ämne")

                // MUT: a failure keeps it, with the cause and the next attempt
                try await store.markFailed(queued[0].id, error: "SMTP server 127.0.0.1:1 unreachable: connection refused", at: asOf)
                let failing = try #require(try await store.message(queued[0].id))
                #expect(failing.state == .failing && failing.attempts == 1 && failing.nextAttemptAt == asOf.addingTimeInterval(60))
                #expect(try await store.deliverable(at: asOf.addingTimeInterval(30)).isEmpty)
                #expect(try await store.deliverable(at: asOf.addingTimeInterval(30), includingFailed: true).count == 2)
                // A day of failures: kept as failed, due to nobody but an operator.
                try await store.markFailed(queued[0].id, error: "still refused", at: asOf.addingTimeInterval(MailRetry.giveUpAfter))
                #expect(try await store.message(queued[0].id)?.state == .failed)
                #expect(try await store.deliverable(at: asOf.addingTimeInterval(2 * MailRetry.giveUpAfter)).isEmpty)

                // MUT: sent, then purged after the retention period; the unsent one stays
                try await store.markSent(queued[0].id, at: asOf.addingTimeInterval(MailRetry.giveUpAfter + 60))
                let admin = CoachingStoreTests.policy(demo.logins.admin, demo)
                let report = try await store.outboxReport(configured: true, for: admin)
                #expect(report.counts[.sent] == 1 && report.counts[.queued] == 1 && report.counts[.failed] == 0 && report.rows.count == 2)
                #expect(report.rows.map(\.state) == [.queued, .sent])
                await #expect(throws: AccessRefused(.forbidden, entity: "outbox", field: "outbox")) {
                    try await store.outboxReport(configured: true, for: policy)
                }
                #expect(try await store.purge(sentBefore: asOf.addingTimeInterval(MailRetry.giveUpAfter)) == 0)
                #expect(try await store.purge(sentBefore: asOf.addingTimeInterval(MailRetry.giveUpAfter + DigestStore.sentRetention)) == 1)
                #expect(try await store.message(queued[0].id) == nil)

                // validate: the person's export holds their choice and messages
                let export = try await PersonalData(database: database, organizationID: demo.organization.id)
                    .export(manager.id, for: admin, format: "json", at: asOf)
                #expect(export.digest.preference == DigestPreference(enabled: false, chosen: true))
                #expect(export.digest.messages.map(\.week) == [week.next])
            }
        }
    }
}
