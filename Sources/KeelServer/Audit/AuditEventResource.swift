import Foundation
import SalesDomain
import Vapor

/// One audit event as the API and the JSON file show it, with the names of the people it
/// mentions. `changes` holds each field's old and new value; a sign-in's has the e-mail tried.
struct AuditEventResource: Content, Equatable {
    struct Change: Content, Equatable {
        var old: String?
        var new: String?
    }

    var id: UUID
    var occurredAt: Date
    var actorID: UUID?
    var actorName: String?
    var kind: String
    var action: String
    var entityID: UUID
    var personID: UUID?
    var personName: String?
    var changes: [String: Change]

    init(_ event: AuditEvent, in report: AuditLogReport) {
        id = event.id.rawValue
        occurredAt = event.occurredAt
        actorID = event.actorID?.rawValue
        actorName = report.name(of: event.actorID)
        kind = event.kind
        action = event.action
        entityID = event.entityID
        personID = event.subjectID?.rawValue
        personName = report.name(of: event.subjectID)
        changes = event.changes.mapValues { Change(old: $0.old, new: $0.new) }
    }
}
