import SQLKit

/// SQLite settings for one connection while it writes in bulk: a page cache of up to 1 GB and
/// statement journals in memory.
///
/// SQLite's page cache is 2 MB by default. Bulk writes (half a million ratings when seeding,
/// a million imported activities) land all over indexes far larger than that, and re-reading
/// evicted pages took a quarter of the time. SQLite only takes the pages it touches: a
/// million-row activity import (a 440 MB file) peaked at 700 MB resident, and was a tenth
/// faster than with 256 MB, which made it spill pages to the file mid-transaction. Every multi-row `INSERT` keeps a statement
/// journal of the pages it changes, so that a failing row can undo its statement alone; past
/// 64 KB SQLite writes it to a temporary file, and those writes were a tenth of an import's
/// time. Both settings are the connection's, so they are set inside the transaction (where
/// `sql` is the one connection that writes) and put back afterwards, since a server keeps its
/// connections for its lifetime. SQLite fixes where a transaction's statement journals go
/// when it first writes, so call this before the first write. Other databases are left as
/// they are.
enum SQLiteBulkWriting {
    static func during<Result: Sendable>(_ sql: any SQLDatabase, _ body: () async throws -> Result) async throws -> Result {
        guard sql.dialect.name == "sqlite",
              let cacheSize = try await sql.raw("PRAGMA cache_size").first(decodingColumn: "cache_size", as: Int.self),
              let tempStore = try await sql.raw("PRAGMA temp_store").first(decodingColumn: "temp_store", as: Int.self)
        else { return try await body() }
        func restore() async throws {
            try await sql.raw("PRAGMA cache_size = \(unsafeRaw: String(cacheSize))").run()
            // SQLite refuses this within a transaction that has opened temporary tables; the
            // connection then keeps its journals in memory, which is harmless.
            try? await sql.raw("PRAGMA temp_store = \(unsafeRaw: String(tempStore))").run()
        }
        try await sql.raw("PRAGMA cache_size = -1048576").run()
        try await sql.raw("PRAGMA temp_store = MEMORY").run()
        do {
            let result = try await body()
            try await restore()
            return result
        } catch {
            try? await restore()
            throw error
        }
    }
}
