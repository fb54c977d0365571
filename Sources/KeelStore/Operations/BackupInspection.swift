import FluentKit
import Foundation
import SQLKit

/// What a SQLite backup file holds, checked before it may replace a database: it is a whole
/// SQLite file (`PRAGMA integrity_check`), it is Keel's (its migrations table and tables), and
/// its schema is one this binary knows — the same as its own, or older, which the next start
/// migrates. A newer one is refused: this binary would run on tables it does not understand.
public struct BackupInspection: Sendable, Equatable {
    /// The migrations the backup has applied, by name, in order.
    public var applied: [String]
    /// Migrations this binary has that the backup lacks; the next start applies them.
    public var pending: [String]
    public var organizations: Int
    public var people: Int

    public struct Refusal: Error, CustomStringConvertible, Equatable {
        public let description: String
    }

    /// Reads `location`, which must be a SQLite file; nothing in it is changed.
    public static func inspect(_ database: any Database, known: [String] = KeelMigrations.all.map(\.name)) async throws -> BackupInspection {
        guard let sql = database as? any SQLDatabase else { throw Refusal(description: "the database does not speak SQL") }
        let problems: [String]
        do {
            problems = try await sql.raw("PRAGMA integrity_check").all().map { try $0.decode(column: "integrity_check", as: String.self) }
        } catch {
            // A SQLite file whose pages are overwritten may fail before the check can run
            // (SQLITE_CORRUPT); that file is damaged, not something other than SQLite.
            let reason = String(describing: error)
            if reason.contains("corrupt") || reason.contains("malformed") {
                throw Refusal(description: "it is damaged; SQLite could not read it: \(reason)")
            }
            throw Refusal(description: "it is not a SQLite database (\(reason))")
        }
        guard problems == ["ok"] else {
            throw Refusal(description: "it is damaged; SQLite's integrity check found: \(problems.prefix(5).joined(separator: "; "))")
        }
        let tables = Set(try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table'").all().map { try $0.decode(column: "name", as: String.self) })
        let required: Set = ["_fluent_migrations", "organizations", "people", "audit_events"]
        guard tables.isSuperset(of: required) else {
            throw Refusal(description: "it is not a Keel database (it lacks the tables \(required.subtracting(tables).sorted().joined(separator: ", ")))")
        }
        let applied = try await sql.raw("SELECT name FROM _fluent_migrations ORDER BY batch, created_at").all()
            .map { try $0.decode(column: "name", as: String.self) }
        let unknown = applied.filter { !known.contains($0) }
        guard unknown.isEmpty else {
            throw Refusal(description: """
                it was written by a newer Keel: its schema has \(unknown.count) migration(s) this binary does not know \
                (\(unknown.map(Self.shortName).joined(separator: ", "))); restore it with that Keel version or newer
                """)
        }
        let count: (String) async throws -> Int = { table in
            try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()?.decode(column: "n", as: Int.self) ?? 0
        }
        return BackupInspection(
            applied: applied, pending: known.filter { !applied.contains($0) },
            organizations: try await count("organizations"), people: try await count("people"))
    }

    /// `KeelStore.CreateOrganizations` reads as `CreateOrganizations`.
    static func shortName(_ migration: String) -> String {
        migration.split(separator: ".").last.map(String.init) ?? migration
    }
}
