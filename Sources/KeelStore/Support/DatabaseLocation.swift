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

    /// Registers this location with a set of databases as the default database.
    public func configure(_ databases: Databases) throws {
        switch self {
        case .sqliteFile(let path):
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            databases.use(.sqlite(.file(path)), as: .sqlite)
        case .sqliteMemory:
            databases.use(.sqlite(.memory), as: .sqlite)
        case .postgres(let url):
            databases.use(try .postgres(url: url), as: .psql)
        }
    }
}
