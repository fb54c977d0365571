import FluentKit
import SQLKit

/// A larger page cache for each SQLite connection. SQLite's default keeps 2 MB of pages per
/// connection; on a file of several gigabytes a start page then re-reads the same index pages
/// from the operating system on every request (a tenth of its time in a profile at 10,000
/// sellers). The setting belongs to the connection, not the file, so it is made on each one.
public enum SQLitePageCache {
    /// KiB of pages per connection (SQLite reads a negative `cache_size` as KiB).
    public static let kibibytes = 65_536

    public static func enlarge(on connections: [any Database]) async throws {
        for database in connections {
            guard let sql = database as? any SQLDatabase, sql.dialect.name == "sqlite" else { continue }
            try await sql.raw("PRAGMA cache_size = \(unsafeRaw: String(-kibibytes))").run()
        }
    }
}
