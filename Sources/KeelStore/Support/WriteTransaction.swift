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
    /// their turn for a lock rather than fail). PostgreSQL's run concurrently.
    public func writeTransaction<Result: Sendable>(
        _ body: @escaping @Sendable (any Database) async throws -> Result
    ) async throws -> Result {
        guard !inTransaction, (self as? any SQLDatabase)?.dialect.name == "sqlite" else {
            return try await transaction(body)
        }
        await SQLiteWriters.gate.acquire()
        do {
            let result = try await transaction(body)
            await SQLiteWriters.gate.release()
            return result
        } catch {
            await SQLiteWriters.gate.release()
            throw error
        }
    }
}

/// One writer at a time, first come first served.
enum SQLiteWriters {
    static let gate = Gate()

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
