import FluentKit
import Foundation
import SalesDomain

/// Writes who changed what, when, with old and new values — in the same transaction as the change.
enum AuditTrail {
    struct Change: Encodable, Sendable {
        let old: String?
        let new: String?
    }

    static func record(
        on database: any Database, organizationID: Organization.ID, actor: Person.ID?, entity: String,
        entityID: UUID, subject: Person.ID? = nil, action: String, changes: [String: Change], at date: Date
    ) async throws {
        let event = AuditEventModel()
        event.id = UUID()
        event.organizationID = organizationID.rawValue
        event.actorID = actor?.rawValue
        event.entity = entity
        event.entityID = entityID
        event.subjectID = subject?.rawValue ?? (entity == "person" ? entityID : nil)
        event.action = action
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        event.changes = String(decoding: try encoder.encode(changes), as: UTF8.self)
        event.occurredAt = date
        try await event.create(on: database)
    }

    /// The fields whose values differ between two snapshots, as audit changes.
    static func differences(_ old: [String: String?], _ new: [String: String?]) -> [String: Change] {
        var changes: [String: Change] = [:]
        for key in Set(old.keys).union(new.keys) {
            let before = old[key] ?? nil
            let after = new[key] ?? nil
            if before != after {
                changes[key] = Change(old: before, new: after)
            }
        }
        return changes
    }
}
