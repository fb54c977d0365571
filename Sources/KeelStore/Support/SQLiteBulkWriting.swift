import FluentKit
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

extension SQLiteBulkWriting {
    /// Runs `body` on one connection whose foreign keys SQLite does not enforce, then enforces
    /// them again; other databases run `body` as they are.
    ///
    /// A many-row `INSERT` into a table with enforced foreign keys keeps a statement journal so
    /// that a violation can undo the statement; copying each changed page into it, and freeing
    /// the copies after, was a third of a million-row import's database work (``BulkInsert``
    /// writes `INSERT OR FAIL` for the same reason). The caller must itself only write
    /// references it has read in the same transaction, as the CRM import does with its owners,
    /// deals and accounts. SQLite only switches enforcement outside a transaction, so this
    /// goes around one; inside one it changes nothing.
    static func withoutForeignKeyEnforcement<Result: Sendable>(
        _ database: any Database, _ body: @escaping @Sendable (any Database) async throws -> Result
    ) async throws -> Result {
        guard (database as! any SQLDatabase).dialect.name == "sqlite" else { return try await body(database) }
        return try await database.withConnection { connection in
            connection.eventLoop.makeFutureWithTask {
                let sql = connection as! any SQLDatabase
                let enforced = try await sql.raw("PRAGMA foreign_keys").first(decodingColumn: "foreign_keys", as: Int.self) ?? 1
                try await sql.raw("PRAGMA foreign_keys = OFF").run()
                do {
                    let result = try await body(connection)
                    try await sql.raw("PRAGMA foreign_keys = \(unsafeRaw: String(enforced))").run()
                    return result
                } catch {
                    try? await sql.raw("PRAGMA foreign_keys = \(unsafeRaw: String(enforced))").run()
                    throw error
                }
            }
        }.get()
    }
}
