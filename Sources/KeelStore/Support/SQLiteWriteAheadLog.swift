import FluentKit
import SQLKit

/// SQLite's write-ahead log: readers see the last commit while a writer writes, and a writer
/// never waits for readers, so pages keep answering during an import or a burst of ratings.
/// The mode is stored in the file; an in-memory database keeps its own journal.
public enum SQLiteWriteAheadLog {
    public static func enable(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        try await sql.raw("PRAGMA journal_mode=WAL").run()
    }
}
