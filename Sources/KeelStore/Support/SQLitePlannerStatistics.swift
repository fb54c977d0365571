import FluentKit
import SQLKit

/// Statistics for SQLite's query planner, which without them guesses how selective each index
/// is. Its guess took `organization_id = ?` for selective: reading a handful of people by id
/// (`id IN (…)`, on nearly every page) went through the organization index and every one of its
/// 11,000 people at 10,000 sellers instead of the primary key. `PRAGMA optimize` analyzes the
/// tables that lack statistics or have grown since, and `analysis_limit` samples each index
/// rather than reading it whole, so a start on a file of gigabytes stays quick.
public enum SQLitePlannerStatistics {
    /// Rows sampled per index.
    static let analysisLimit = 400

    public static func refresh(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase, sql.dialect.name == "sqlite" else { return }
        try await sql.raw("PRAGMA analysis_limit = \(unsafeRaw: String(analysisLimit))").run()
        // 0x10002: consider every table, not only those this connection has queried.
        try await sql.raw("PRAGMA optimize = 0x10002").run()
    }
}
