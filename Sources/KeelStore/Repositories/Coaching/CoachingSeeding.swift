import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// Stores a generated year of coaching (``DemoCoachingGenerator``) for an organization, a batch
/// of sellers per transaction, as plain rows (a 10,000-seller benchmark stores ~300,000 sessions).
public struct CoachingSeeding: Sendable {
    public let database: any Database
    public let organizationID: Organization.ID

    public init(database: any Database, organizationID: Organization.ID) {
        self.database = database
        self.organizationID = organizationID
    }

    public struct Counts: Hashable, Sendable {
        public var sessions = 0
        public var items = 0
        public var reviews = 0
    }

    static let sellersPerBatch = 200

    @discardableResult
    public func store(_ generator: DemoCoachingGenerator, at storedAt: Date) async throws -> Counts {
        var counts = Counts()
        for start in stride(from: 0, to: generator.sellerIDs.count, by: Self.sellersPerBatch) {
            let batch = generator.sellerIDs[start..<min(start + Self.sellersPerBatch, generator.sellerIDs.count)].map(generator.coaching(for:))
            let stored = try await store(batch, at: storedAt)
            counts.sessions += stored.sessions
            counts.items += stored.items
            counts.reviews += stored.reviews
        }
        return counts
    }

    func store(_ years: [DemoSellerCoaching], at storedAt: Date) async throws -> Counts {
        let organization = BulkValue.uuid(organizationID.rawValue)
        return try await database.writeTransaction { database in
            let sql = database as! any SQLDatabase
            var sessions: [BulkValue] = []
            var items: [BulkValue] = []
            var reviews: [BulkValue] = []
            var counts = Counts()
            for year in years {
                for session in year.sessions {
                    sessions += [
                        .uuid(session.id.rawValue), organization, .uuid(session.sellerID.rawValue), .uuid(session.coachID.rawValue),
                        .text(session.type.rawValue), .date(session.scheduledAt), .integer(session.durationMinutes),
                        .text(session.focus?.kind.rawValue), .text(session.focus?.reference), .text(session.status.rawValue),
                        .text(session.notes), .text(session.privateNotes), .text(nil), .date(session.completedAt), .date(storedAt),
                    ]
                    for review in year.reviews[session.id] ?? [] {
                        reviews += [
                            .uuid(UUID()), organization, .uuid(session.id.rawValue), .uuid(review.itemID.rawValue),
                            .text(review.outcome.rawValue), .text(review.comment), .text(review.newDue?.description),
                        ]
                        counts.reviews += 1
                    }
                }
                for item in year.items {
                    items += [
                        .uuid(item.id.rawValue), organization, .uuid(item.sellerID.rawValue), .uuid(item.sessionID.rawValue), .text(item.text),
                        .uuid(item.ownerID.rawValue), .text(item.due.description), .text(item.link?.kind.rawValue), .text(item.link?.reference),
                        .text(item.status.rawValue), .integer(item.carriedOver), .date(item.closedAt),
                    ]
                }
                counts.sessions += year.sessions.count
                counts.items += year.items.count
            }
            try await BulkInsert(into: CoachingSessionModel.schema, columns: [
                "id", "organization_id", "seller_id", "coach_id", "type", "scheduled_at", "duration_minutes", "focus_kind",
                "focus_reference", "status", "notes", "private_notes", "suggestion", "completed_at", "created_at",
            ]).run(sessions, on: sql)
            try await BulkInsert(into: ActionItemModel.schema, columns: [
                "id", "organization_id", "seller_id", "session_id", "text", "owner_id", "due", "link_kind", "link_reference", "status",
                "carried_over", "closed_at",
            ]).run(items, on: sql)
            try await BulkInsert(into: ActionItemReviewModel.schema, columns: [
                "id", "organization_id", "session_id", "item_id", "outcome", "comment", "new_due",
            ]).run(reviews, on: sql)
            return counts
        }
    }
}

extension CoachingSeeding {
    /// The demo organization's year of coaching on the competencies of its framework.
    @discardableResult
    public func storeDemo(
        for demo: DemoOrganization, execution: DemoExecutionPatterns, seed: UInt64, now: Date
    ) async throws -> Counts {
        let calendar = try await OrganizationSettings(database: database, organizationID: organizationID).calendar()
        let frameworks = try await CompetenceStore(database: database, organizationID: organizationID).frameworkVersions()
        let framework = frameworks.filter { $0.publishedAt != nil }.max { $0.version < $1.version }
        let generator = DemoCoachingGenerator(
            demo, competencies: framework?.competencies.map(\.id) ?? [], execution: execution, seed: seed, now: now, calendar: calendar,
            impactFocus: DemoImpactCohorts.Focus(framework))
        return try await store(generator, at: now)
    }
}
