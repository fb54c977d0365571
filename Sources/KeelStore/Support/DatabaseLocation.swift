import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation

/// Where Keel keeps its data, parsed from `--database-url` / `KEEL_DATABASE_URL`.
///
/// `sqlite:PATH` (a file, created with its folder when missing), `sqlite::memory:` (tests),
/// or a `postgres://user:password@host:port/database` URL.
public enum DatabaseLocation: Hashable, Sendable, CustomStringConvertible {
    case sqliteFile(path: String)
    case sqliteMemory
    case postgres(url: String)

    public struct InvalidURL: Error, CustomStringConvertible {
        public let value: String
        public var description: String {
            "database URL '\(value)' is not understood; use sqlite:PATH or postgres://user:password@host:port/database"
        }
    }

    public init(_ value: String) throws {
        if value == "sqlite::memory:" {
            self = .sqliteMemory
        } else if value.hasPrefix("sqlite:") {
            let path = String(value.dropFirst("sqlite:".count))
            guard !path.isEmpty else { throw InvalidURL(value: value) }
            self = .sqliteFile(path: path)
        } else if value.hasPrefix("postgres://") || value.hasPrefix("postgresql://") {
            self = .postgres(url: value)
        } else {
            throw InvalidURL(value: value)
        }
    }

    public var description: String {
        switch self {
        case .sqliteFile(let path):
            return "sqlite:\(path)"
        case .sqliteMemory:
            return "sqlite::memory:"
        case .postgres(let url):
            // Never print a password into a log.
            guard var components = URLComponents(string: url), components.password != nil else { return url }
            components.password = "***"
            return components.string ?? "postgres://***"
        }
    }

    /// How long a request waits for a database connection before it fails. Each event loop has
    /// one SQLite connection, and a CRM import holds its loop's for the whole file (a million
    /// rows take minutes): the requests behind it wait rather than fail after the drivers'
    /// default ten seconds.
    static let connectionWait: TimeAmount = .minutes(10)

    /// Registers this location with a set of databases as the default database.
    public func configure(_ databases: Databases) throws {
        switch self {
        case .sqliteFile(let path):
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            databases.use(.sqlite(.file(path), connectionPoolTimeout: Self.connectionWait), as: .sqlite)
        case .sqliteMemory:
            databases.use(.sqlite(.memory, connectionPoolTimeout: Self.connectionWait), as: .sqlite)
        case .postgres(let url):
            // PostgreSQL serves connections in parallel, so an import does not hold up its loop.
            databases.use(try .postgres(url: url, maxConnectionsPerEventLoop: 4, connectionPoolTimeout: Self.connectionWait), as: .psql)
        }
    }
}
