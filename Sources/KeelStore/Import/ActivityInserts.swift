import Foundation
import SQLKit

/// New imported activities, queued and written many to a statement (``BulkInsert``) instead of
/// a Fluent model and a statement per row, which were most of the time a large import took.
///
/// A full queue is written while the caller reads the next rows: reading and checking a row
/// and SQLite's inserting it each took about half of a large import, one after the other.
/// Only one batch is in flight at a time, and the caller ``settle()``s it before it sends the
/// connection anything else and before it leaves the transaction, even when it throws. Ids
/// increase (``TimeOrderedUUIDs``), so the rows append to the primary-key index instead of
/// landing all over it.
struct ActivityInserts {
    private let insert = BulkInsert(
        into: ImportedActivityRow.schema,
        columns: ["id", "organization_id", "external_id", "source", "updated_at"] + ImportedActivityRow.changeableColumns)
    private let organization: BulkValue
    private let source: BulkValue
    private let updatedAt: BulkValue
    private var ids = TimeOrderedUUIDs()
    private var pending: [BulkValue] = []
    private var inFlight: Task<Void, any Error>?

    init(organization: UUID, source: String, updatedAt: Date) {
        self.organization = .uuid(organization)
        self.source = .text(source)
        self.updatedAt = .date(updatedAt)
        pending.reserveCapacity(insert.rowsPerStatement * insert.columns.count)
    }

    /// A fresh id for a new row.
    mutating func nextID() -> UUID {
        ids.next()
    }

    /// Queues a row; a full queue starts writing once the previous batch is written.
    mutating func add(_ row: ImportedActivityRow, externalID: String, on sql: any SQLDatabase) async throws {
        pending += [.uuid(row.id), organization, .text(externalID), source, updatedAt]
        row.appendValues(to: &pending)
        if pending.count >= insert.rowsPerStatement * insert.columns.count { try await send(on: sql) }
    }

    /// Writes every queued row and waits until they are written.
    mutating func flush(on sql: any SQLDatabase) async throws {
        try await send(on: sql)
        try await settle()
    }

    /// Waits for the batch in flight, if any.
    mutating func settle() async throws {
        guard let batch = inFlight else { return }
        inFlight = nil
        try await batch.value
    }

    private mutating func send(on sql: any SQLDatabase) async throws {
        try await settle()
        guard !pending.isEmpty else { return }
        let rows = pending
        pending = []
        pending.reserveCapacity(insert.rowsPerStatement * insert.columns.count)
        let insert = insert
        inFlight = Task { try await insert.run(rows, on: sql) }
    }
}
