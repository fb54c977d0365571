import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// An organization's competence records — frameworks, role profiles, assessment cycles,
/// ratings, results, heatmaps and calibration exercises — as domain values.
///
/// Like ``Directory`` it is bound to one organization, so no query it runs crosses tenants; a
/// record of another organization is simply not found. Every write runs in one transaction,
/// applies the domain's validation first and answers a refusal with a ``FieldError`` naming the
/// field, leaving everything stored as it was. Writes record who, when and the old and new
/// values in the audit trail, and keep the result and heatmap rollups (``CompetenceRollups``)
/// up to date in the same transaction.
///
/// Authorization (who may see which person, team or market) is the caller's, through
/// ``AccessPolicy``; the store enforces what holds whoever asks: who may rate whom as what, and
/// that a person sees their own results only once the cycle has closed.
public struct CompetenceStore: Sendable {
    public let database: any Database
    public let organizationID: Organization.ID

    public init(database: any Database, organizationID: Organization.ID) {
        self.database = database
        self.organizationID = organizationID
    }

    var org: UUID { organizationID.rawValue }
    var sql: any SQLDatabase { database as! any SQLDatabase }
    var directory: Directory { Directory(database: database, organizationID: organizationID) }
    var rollups: CompetenceRollups { CompetenceRollups(database: database, organizationID: organizationID) }

    /// Runs `body` in a transaction with a store bound to it.
    func transaction<Result: Sendable>(_ body: @escaping @Sendable (CompetenceStore) async throws -> Result) async throws -> Result {
        let organizationID = organizationID
        return try await database.writeTransaction { database in
            try await body(CompetenceStore(database: database, organizationID: organizationID))
        }
    }

    /// A person of this organization named in a request, or a field error naming `field`.
    func requirePerson(_ id: Person.ID, field: String) async throws -> Person {
        guard let person = try await directory.person(id) else {
            throw FieldError(field: field, code: .notFound, .unknownPerson, ["id": id.description])
        }
        return person
    }

    func recordAudit(actor: Person.ID?, entity: String, entityID: UUID, subject: Person.ID? = nil, action: String,
                     before: [String: String?], after: [String: String?], at date: Date) async throws {
        let changes = AuditTrail.differences(before, after)
        guard !changes.isEmpty else { return }
        try await AuditTrail.record(
            on: database, organizationID: organizationID, actor: actor, entity: entity, entityID: entityID, subject: subject,
            action: action, changes: changes, at: date
        )
    }
}
