import FluentKit
import Foundation

/// One change to a stored record: who, when, what, and the old and new values.
final class AuditEventModel: Model, @unchecked Sendable {
    static let schema = "audit_events"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "entity") var entity: String
    @Field(key: "entity_id") var entityID: UUID
    /// The person the event concerns, when it concerns one (since migration 014; older events
    /// about a person have it as their `entity_id`).
    @OptionalField(key: "subject_id") var subjectID: UUID?
    @Field(key: "action") var action: String
    /// JSON object: field name → `{"old": …, "new": …}`.
    @Field(key: "changes") var changes: String
    @Field(key: "occurred_at") var occurredAt: Date

    init() {}
}
