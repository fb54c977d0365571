import FluentKit
import Foundation
import SQLKit

/// A consistent copy of a live database, taken while the server keeps serving.
///
/// SQLite: `VACUUM INTO` on an open connection copies the database as one read transaction
/// sees it — the write-ahead log lets writers go on meanwhile — into a file beside the target,
/// which is synced and renamed into place, so `FILE` is either the whole copy or absent.
/// PostgreSQL: `pg_dump` in its custom format (one snapshot too), restored with `pg_restore`.
public enum DatabaseBackup {
    public struct Summary: Sendable, Equatable {
        public var file: String
        public var bytes: Int
        public var format: Format
    }

    public enum Format: String, Sendable, Equatable {
        case sqlite
        case pgDump = "pg_dump"
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Copies `location`'s database into `file`, which must not exist yet.
    public static func copy(
        _ location: DatabaseLocation, using database: any Database, to file: String
    ) async throws -> Summary {
        let target = URL(fileURLWithPath: file)
        guard !FileManager.default.fileExists(atPath: target.path) else {
            throw Failure(description: "\(file) exists already; choose a new file name (a backup never overwrites one)")
        }
        let partial = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: partial) }
        let format: Format
        switch location {
        case .sqliteMemory:
            throw Failure(description: "an in-memory database has nothing to back up")
        case .sqliteFile:
            guard let sql = database as? any SQLDatabase else { throw Failure(description: "the database does not speak SQL") }
            try await sql.raw("VACUUM INTO \(bind: partial.path)").run()
            format = .sqlite
        case .postgres(let url):
            try PostgresDump.run(url: url, into: partial.path)
            format = .pgDump
        }
        try DurableFile.sync(partial.path)
        try DurableFile.move(partial.path, over: target.path)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: target.path)[.size] as? Int) ?? 0
        return Summary(file: target.path, bytes: bytes, format: format)
    }
}
