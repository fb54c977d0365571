import FluentKit
import Foundation
import KeelImport
import SalesDomain
import SQLKit

/// Writes CRM exports into an organization: one file is one transaction, so it lands whole or
/// not at all, and records are matched by their external id (or name), so importing the same
/// file again changes nothing.
public struct CRMImport: Sendable {
    public let database: any Database
    public let organizationID: Organization.ID

    public init(database: any Database, organizationID: Organization.ID) {
        self.database = database
        self.organizationID = organizationID
    }

    public struct Options: Sendable {
        public var fileName: String
        public var mapping: String
        /// The moment the export describes; stage changes found in it are dated so.
        public var asOf: Date
        public var dryRun: Bool
        public var actor: Person.ID?
        /// When the import ran (defaults to `asOf`).
        public var recordedAt: Date

        public init(fileName: String, mapping: String, asOf: Date, dryRun: Bool = false, actor: Person.ID? = nil, recordedAt: Date? = nil) {
            self.fileName = fileName
            self.mapping = mapping
            self.asOf = asOf
            self.dryRun = dryRun
            self.actor = actor
            self.recordedAt = recordedAt ?? asOf
        }
    }

    /// Runs `body` in a transaction that is kept only when no row had a problem and this is no
    /// dry run; records the run when kept. `dialect` is how the file was read, which the
    /// summary mentions when the reader had to guess (a file that is not UTF-8).
    func run(
        _ kind: ImportKind, _ options: Options, reading dialect: CSVDialect,
        _ body: @escaping @Sendable (any Database, UUID, inout ImportSummary) async throws -> Void
    ) async throws -> ImportSummary {
        let organization = organizationID.rawValue
        var summary: ImportSummary
        do {
            summary = try await database.inWriteTurn {
                try await SQLiteBulkWriting.withoutForeignKeyEnforcement(database) { connection in
                    try await connection.transaction { database in
                        // Before the first write: SQLite decides where statement journals go when
                        // the write transaction starts.
                        try await SQLiteBulkWriting.during(database as! any SQLDatabase) {
                            try await run(kind, options, organization: organization, on: database, body)
                        }
                    }
                }
            }
        } catch let rollback as ImportRollback {
            summary = rollback.summary
        }
        if dialect.encoding == .windows1252 { summary.notices.append(Problem(.fileReadAsWindows1252)) }
        return summary
    }

    private func run(
        _ kind: ImportKind, _ options: Options, organization: UUID, on database: any Database,
        _ body: @escaping @Sendable (any Database, UUID, inout ImportSummary) async throws -> Void
    ) async throws -> ImportSummary {
        var summary = ImportSummary(kind: kind, dryRun: options.dryRun)
        let runID = UUID()
        let run = ImportRunModel()
        run.id = runID
        run.organizationID = organization
        run.actorID = options.actor?.rawValue
        run.kind = kind.rawValue
        run.mapping = options.mapping
        run.fileName = options.fileName
        run.asOf = options.asOf
        run.rows = 0
        run.inserted = 0
        run.updated = 0
        run.unchanged = 0
        run.finishedAt = options.recordedAt
        try await run.create(on: database)
        try await body(database, runID, &summary)
        if summary.isRejected || options.dryRun { throw ImportRollback(summary: summary) }
        run.rows = summary.rows
        run.inserted = summary.inserted
        run.updated = summary.updated
        run.unchanged = summary.unchanged
        try await run.save(on: database)
        let recorded: [String: String] = [
            "kind": kind.rawValue, "file": options.fileName, "mapping": options.mapping, "asOf": options.asOf.formatted(.iso8601),
            "rows": String(summary.rows), "inserted": String(summary.inserted), "updated": String(summary.updated),
            "unchanged": String(summary.unchanged),
        ]
        try await AuditTrail.record(
            on: database, organizationID: organizationID, actor: options.actor, entity: "import", entityID: runID, action: "imported",
            changes: recorded.mapValues { AuditTrail.Change(old: nil, new: $0) }, at: options.recordedAt)
        return summary
    }

    /// The latest imports that were kept, newest first.
    public func recentRuns(limit: Int = 20) async throws -> [ImportRunRecord] {
        let runs = try await ImportRunModel.query(on: database)
            .filter(\.$organizationID == organizationID.rawValue)
            .sort(\.$finishedAt, .descending).limit(limit).all()
        // Who imported is read by name now, so the web page and the API show the same person.
        let importers = try await Directory(database: database, organizationID: organizationID)
            .people(ids: Set(runs.compactMap(\.actorID)).map(Person.ID.init))
        let names = Dictionary(importers.map { ($0.id.rawValue, $0.name) }, uniquingKeysWith: { first, _ in first })
        return runs.map {
            ImportRunRecord(kind: $0.kind, mapping: $0.mapping, fileName: $0.fileName, asOf: $0.asOf, rows: $0.rows,
                            inserted: $0.inserted, updated: $0.updated, unchanged: $0.unchanged, actorID: $0.actorID,
                            importedByName: $0.actorID.flatMap { names[$0] }, finishedAt: $0.finishedAt)
        }
    }
}
