import FluentKit
import SQLKit

extension Database {
    /// A transaction that writes; every write transaction of Keel's goes through here.
    ///
    /// SQLite starts a transaction deferred: it reads under a shared lock and asks for the write
    /// lock at its first write. Two such transactions on two connections that both read, then
    /// write, deadlock, and SQLite answers the second "database is locked" at once instead of
    /// waiting (a waiting busy handler could not help: each holds what the other needs). So on
    /// SQLite Keel's write transactions take turns in this process — SQLite allows one writer at
    /// a time anyway — while reads and single statements still run side by side (they wait
    /// their turn for a lock rather than fail), one file's apart from another's. PostgreSQL's run
    /// concurrently, and so do an in-memory database's (tests, one connection each).
    public func writeTransaction<Result: Sendable>(
        _ body: @escaping @Sendable (any Database) async throws -> Result
    ) async throws -> Result {
        guard !inTransaction else { return try await transaction(body) }
        return try await inWriteTurn { try await transaction(body) }
    }

    /// Runs `body` in this process's turn to write the SQLite file (at once elsewhere). Whoever
    /// holds a connection for a whole write — the CRM import — takes its turn *before* its
    /// connection: a connection held while waiting for the turn is one the writer holding the
    /// turn may need, and each request's event loop has only one.
    public func inWriteTurn<Result: Sendable>(_ body: () async throws -> Result) async throws -> Result {
        guard let sql = self as? any SQLDatabase, sql.dialect.name == "sqlite" else { return try await body() }
        let file = try await sql.raw("SELECT file FROM pragma_database_list WHERE name = 'main'")
            .first(decoding: SQLiteWriters.MainFile.self)?.file ?? ""
        guard !file.isEmpty else { return try await body() }
        let gate = await SQLiteWriters.registry.gate(for: file)
        await gate.acquire()
        do {
            let result = try await body()
            await gate.release()
            return result
        } catch {
            await gate.release()
            throw error
        }
    }
}

/// One writer at a time per database file, first come first served.
enum SQLiteWriters {
    static let registry = Registry()

    /// `PRAGMA database_list`'s row for the main database: its file, empty in memory.
    struct MainFile: Decodable {
        var file: String
    }

    actor Registry {
        private var gates: [String: Gate] = [:]

        func gate(for file: String) -> Gate {
            if let gate = gates[file] { return gate }
            let gate = Gate()
            gates[file] = gate
            return gate
        }
    }

    actor Gate {
        private var held = false
        private var waiting: [CheckedContinuation<Void, Never>] = []

        func acquire() async {
            if !held {
                held = true
                return
            }
            await withCheckedContinuation { waiting.append($0) }
        }

        func release() {
            if waiting.isEmpty {
                held = false
            } else {
                waiting.removeFirst().resume()
            }
        }
    }
}
