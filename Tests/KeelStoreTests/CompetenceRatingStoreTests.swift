import FluentKit
import Foundation
import KeelStore
import SalesDomain
import SQLKit
import Testing

extension StoreSuites {
    /// Saving, submitting and refusing ratings; the audit trail of each change.
    @Suite struct CompetenceRatingStoreTests {
        typealias S = CompetenceScenario

        /// Runs `write`, expects it refused with a field error on `field`, and expects every
        /// competence table exactly as it was.
        static func expectRefused(
            _ field: String, _ code: FieldError.Code, on database: any Database,
            sourceLocation: SourceLocation = #_sourceLocation, _ write: () async throws -> Void
        ) async throws {
            let before = try await StoredCompetence.read(database)
            let error = await #expect(throws: FieldError.self, sourceLocation: sourceLocation) { try await write() }
            #expect(error?.field == field, sourceLocation: sourceLocation)
            #expect(error?.code == code, sourceLocation: sourceLocation)
            #expect(try await StoredCompetence.read(database) == before, sourceLocation: sourceLocation)
        }

        @Test(arguments: StoreBackend.available)
        func badRatingsAreRefusedNamingTheFieldAndChangeNothing(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup: one submitted self-assessment and one manager draft already stored.
                let s = try await S.make(on: database)
                let store = s.store
                try await store.saveRating(s.rating(by: s.seller, of: s.seller, .selfAssessment, level: 4), submit: true, at: S.date(1))
                try await store.saveRating(s.rating(by: s.manager, of: s.seller, .manager, level: 3), at: S.date(1))
                let other = StoreFixture.demo(sellers: 2, seed: 9, slug: "other")
                try await Organizations(database: database).store(other, passwordHashes: [:])
                let nonParticipant = s.demo.people.first { !$0.jobRole.isSellingRole && $0.accessRole == .seller }
                    ?? s.demo.logins.admin

                // MUT + validate
                try await Self.expectRefused("level", .invalidValue, on: database) {
                    try await store.saveRating(s.rating(by: s.manager, of: s.seller, .manager, level: 6), at: S.date(2))
                }
                try await Self.expectRefused("level", .invalidValue, on: database) {
                    try await store.saveRating(s.rating(by: s.manager, of: s.colleagues[0], .manager, level: 0), at: S.date(2))
                }
                try await Self.expectRefused("competencyID", .invalidValue, on: database) {
                    try await store.saveRating(s.rating(by: s.manager, of: s.seller, .manager, competency: 4), at: S.date(2))
                }
                try await Self.expectRefused("source", .invalidValue, on: database) {
                    try await store.saveRating(s.rating(by: s.colleagues[0], of: s.seller, .selfAssessment), at: S.date(2))
                }
                try await Self.expectRefused("source", .invalidValue, on: database) {
                    try await store.saveRating(s.rating(by: s.otherManager, of: s.seller, .manager), at: S.date(2))
                }
                try await Self.expectRefused("source", .invalidValue, on: database) {
                    try await store.saveRating(s.rating(by: s.colleagues[0], of: s.seller, .manager), at: S.date(2))
                }
                try await Self.expectRefused("raterID", .notFound, on: database) {
                    try await store.saveRating(s.rating(by: other.logins.seller, of: s.seller, .peer), at: S.date(2))
                }
                try await Self.expectRefused("rateeID", .notFound, on: database) {
                    try await store.saveRating(s.rating(by: s.manager, of: other.logins.seller, .manager), at: S.date(2))
                }
                try await Self.expectRefused("rateeID", .notFound, on: database) {
                    try await store.saveRating(s.rating(by: s.seller, of: nonParticipant, .peer), at: S.date(2))
                }
                try await Self.expectRefused("cycleID", .notFound, on: database) {
                    try await store.saveRating(s.rating(by: s.seller, of: s.seller, .selfAssessment, cycle: .init(UUID())), at: S.date(2))
                }
                // Submitted is final: neither an edit nor a second submission.
                try await Self.expectRefused("status", .conflict, on: database) {
                    try await store.saveRating(s.rating(by: s.seller, of: s.seller, .selfAssessment, level: 2), at: S.date(2))
                }
                try await Self.expectRefused("status", .conflict, on: database) {
                    try await store.saveRating(s.rating(by: s.seller, of: s.seller, .selfAssessment, level: 4), submit: true, at: S.date(2))
                }
                let submitted = try await store.ratings(in: s.cycle.id, by: s.seller.id)[0]
                try await Self.expectRefused("status", .conflict, on: database) {
                    try await store.submitRating(submitted.id, by: s.seller.id, at: S.date(2))
                }
                // A saved draft keeps its source.
                try await Self.expectRefused("id", .conflict, on: database) {
                    try await store.saveRating(s.rating(by: s.manager, of: s.seller, .peer, level: 3), at: S.date(2))
                }
                // Deactivated people rate nobody.
                _ = try await s.directory.setActive(person: s.colleagues[1].id, false, actor: nil, at: S.date(2))
                try await Self.expectRefused("raterID", .invalidValue, on: database) {
                    try await store.saveRating(s.rating(by: s.colleagues[1], of: s.seller, .peer), at: S.date(2))
                }
            }
        }

        @Test(arguments: StoreBackend.available)
        func aClosedCycleTakesNoRatingsAndClosesOnce(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let s = try await S.make(on: database)
                let store = s.store
                try await store.saveRating(s.rating(by: s.manager, of: s.seller, .manager), at: S.date(1))
                let closed = try await store.closeCycle(s.cycle.id, actor: s.demo.logins.leader.id, at: S.date(10))
                #expect(closed.closedAt == S.date(10))

                try await Self.expectRefused("cycleID", .conflict, on: database) {
                    try await store.saveRating(s.rating(by: s.seller, of: s.seller, .selfAssessment), at: S.date(11))
                }
                let draft = try await store.ratings(in: s.cycle.id, by: s.manager.id)[0]
                try await Self.expectRefused("cycleID", .conflict, on: database) {
                    try await store.submitRating(draft.id, by: s.manager.id, at: S.date(11))
                }
                try await Self.expectRefused("status", .conflict, on: database) {
                    _ = try await store.closeCycle(s.cycle.id, actor: s.demo.logins.leader.id, at: S.date(12))
                }
                let summary = try await store.cycleSummaries()
                #expect(summary.map(\.status) == [.closed])
                #expect(summary[0].closedBy == s.demo.logins.leader.id)
                #expect(summary[0].participantCount == s.cycle.participantIDs.count)
            }
        }

        /// Managers of the seller's team and of the team above may give manager ratings; a
        /// teammate may rate as a peer, whether or not they are a participant — someone on
        /// another team, or without one, may not.
        @Test(arguments: StoreBackend.available)
        func managersAboveAndTeammatesMayRate(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                let s = try await S.make(on: database)
                let store = s.store
                try await store.saveRating(s.rating(by: s.manager, of: s.seller, .manager), submit: true, at: S.date(1))
                try await store.saveRating(s.rating(by: s.regionalManager, of: s.seller, .manager, level: 5), submit: true, at: S.date(1))
                try await store.saveRating(s.rating(by: s.colleagues[0], of: s.seller, .peer), at: S.date(1))
                for stranger in [s.outsider, s.demo.logins.admin] {
                    try await Self.expectRefused("source", .invalidValue, on: database) {
                        try await store.saveRating(s.rating(by: stranger, of: s.seller, .peer), submit: true, at: S.date(1))
                    }
                }
                let results = try await store.personResults(cycle: s.cycle.id, person: s.seller.id, for: s.policy(of: s.manager))
                #expect(results.competencies.map(\.managerLevel) == [4])
                #expect(results.competencies[0].peers == nil)
            }
        }

        @Test(arguments: StoreBackend.available)
        func everyChangeToARatingIsAuditedWithOldAndNewValues(_ backend: StoreBackend) async throws {
            try await withStore(backend) { database in
                // setup
                let s = try await S.make(on: database)
                let store = s.store

                // MUT: a draft, an edit, an unchanged save, then submission.
                let draft = try await store.saveRating(s.rating(by: s.manager, of: s.seller, .manager, level: 2), at: S.date(1))
                try await store.saveRating(s.rating(by: s.manager, of: s.seller, .manager, level: 3, evidence: "Led the renewal"), at: S.date(2))
                try await store.saveRating(s.rating(by: s.manager, of: s.seller, .manager, level: 3, evidence: "Led the renewal"), at: S.date(3))
                let submitted = try await store.submitRating(draft.id, by: s.manager.id, at: S.date(4))

                // validate
                #expect(submitted.id == draft.id)
                #expect(submitted.submittedAt == S.date(4))
                #expect(submitted.level == 3)
                let history = try await store.ratingHistory(draft.id)
                #expect(history.map(\.action) == ["submitted", "updated", "created"])
                #expect(history.map(\.occurredAt) == [S.date(4), S.date(2), S.date(1)])
                #expect(history.allSatisfy { $0.actorID == s.manager.id })
                struct Change: Decodable, Equatable { var old: String?; var new: String? }
                func changes(_ entry: AuditEntry) throws -> [String: Change] {
                    try JSONDecoder().decode([String: Change].self, from: Data(entry.changes.utf8))
                }
                #expect(try changes(history[2])["level"] == Change(old: nil, new: "2"))
                #expect(try changes(history[2])["status"] == Change(old: nil, new: "draft"))
                #expect(try changes(history[2])["rateeID"] == Change(old: nil, new: s.seller.id.description))
                #expect(try changes(history[1]) == [
                    "level": Change(old: "2", new: "3"), "evidence": Change(old: "", new: "Led the renewal"),
                ])
                #expect(try changes(history[0]) == ["status": Change(old: "draft", new: "submitted")])
            }
        }
    }
}
