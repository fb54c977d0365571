import Foundation
import SQLKit

/// An imported activity as stored: what a later import of the same external id compares its
/// row with, and writes when they differ.
///
/// Read and written as plain SQL rows rather than ``ActivityModel``s: an organization holds
/// millions of imported activities, and a model per row made matching them most of the time a
/// re-import took.
struct ImportedActivityRow: Equatable {
    var id: UUID
    var ownerID: UUID
    var type: String
    var plannedAt: Date
    var doneAt: Date?
    var durationMinutes: Int
    var dealID: UUID?
    var accountID: UUID?
    var subject: String?

    static let schema = ActivityModel.schema
    /// The columns an import row sets, in the order of ``values``.
    static let changeableColumns = ["owner_id", "type", "planned_at", "done_at", "duration_minutes", "deal_id", "account_id", "subject"]

    var values: [BulkValue] {
        var values: [BulkValue] = []
        appendValues(to: &values)
        return values
    }

    func appendValues(to values: inout [BulkValue]) {
        values.append(.uuid(ownerID))
        values.append(.text(type))
        values.append(.date(plannedAt))
        values.append(.date(doneAt))
        values.append(.integer(durationMinutes))
        values.append(.uuid(dealID))
        values.append(.uuid(accountID))
        values.append(.text(subject))
    }

    /// The organization's imported activities by external id.
    static func all(organization: UUID, on sql: any SQLDatabase) async throws -> [String: ImportedActivityRow] {
        var rows: [String: ImportedActivityRow] = [:]
        let query = sql.select().columns(["id", "external_id"] + changeableColumns).from(schema)
            .where("organization_id", .equal, organization).where("external_id", .isNot, SQLLiteral.null)
        for row in try await query.all() {
            rows[try row.decode(column: "external_id", as: String.self)] = ImportedActivityRow(
                id: try row.decode(column: "id", as: UUID.self), ownerID: try row.decode(column: "owner_id", as: UUID.self),
                type: try row.decode(column: "type", as: String.self), plannedAt: try row.decode(column: "planned_at", as: Date.self),
                doneAt: try row.decode(column: "done_at", as: Date?.self),
                durationMinutes: try row.decode(column: "duration_minutes", as: Int.self),
                dealID: try row.decode(column: "deal_id", as: UUID?.self), accountID: try row.decode(column: "account_id", as: UUID?.self),
                subject: try row.decode(column: "subject", as: String?.self))
        }
        return rows
    }

    /// Writes this row's fields over the stored ones, stamping `updated_at`.
    func update(at updatedAt: Date, on sql: any SQLDatabase) async throws {
        var update = sql.update(Self.schema)
        for (column, value) in zip(Self.changeableColumns, values) { update = update.set(column, to: value.bind) }
        try await update.set("updated_at", to: SQLBind(updatedAt)).where("id", .equal, id).run()
    }
}
