import Foundation

/// Wide screens — an organization's or a market's diagnosis and start page — decided at most
/// once per ``maxAge`` and shared by every request meanwhile.
///
/// Deciding ten thousand sellers reads every one's rollups and takes seconds, while a team's
/// takes milliseconds; and at that size the data changes every second, so no change can mark a
/// kept answer stale — its age does, and the pages say when it was decided. A kept answer older
/// than ``maxAge`` is still answered while a fresh one is decided behind it; only the first
/// request for a screen waits, and requests arriving meanwhile wait for that same decision.
///
/// Kept per process: each node of a cluster keeps its own, and a restart starts empty.
public actor KeptScreens {
    /// How long an answer is answered without deciding again.
    public let maxAge: TimeInterval
    /// The fewest sellers a scope needs before its screens are kept: below it, deciding live is
    /// fast and always current.
    public let minimumSellers: Int
    /// At most this many answers are kept (the oldest go first): each can hold ten thousand
    /// sellers' verdicts, tens of megabytes.
    public let capacity: Int
    private let clock: @Sendable () -> Date

    private struct Kept {
        var value: any Sendable
        var decidedAt: Date
    }

    private var kept: [String: Kept] = [:]
    private var deciding: [String: Task<Kept, any Error>] = [:]

    public init(maxAge: TimeInterval, minimumSellers: Int = 500, capacity: Int = 8, clock: @escaping @Sendable () -> Date = Date.init) {
        self.maxAge = maxAge
        self.minimumSellers = minimumSellers
        self.capacity = capacity
        self.clock = clock
    }

    /// The answer kept under `key` and when it was decided; else `decide(now)`'s, kept. An
    /// answer past ``maxAge`` is returned as it is while `decide` runs again behind it.
    ///
    /// `decide` runs outside the caller's task, so it must not rely on the request's task-local
    /// values, and may outlive the request.
    public func answer<Value: Sendable>(
        _ key: String, decide: @escaping @Sendable (Date) async throws -> Value
    ) async throws -> (value: Value, decidedAt: Date) {
        if let found = kept[key], let value = found.value as? Value {
            if clock().timeIntervalSince(found.decidedAt) >= maxAge, deciding[key] == nil {
                // Nobody waits for a refresh: its failure leaves the older answer standing.
                _ = start(key, decide)
            }
            return (value, found.decidedAt)
        }
        let task = deciding[key] ?? start(key, decide)
        let fresh = try await task.value
        guard let value = fresh.value as? Value else { throw KeptScreensKeyClash(key: key) }
        return (value, fresh.decidedAt)
    }

    private func start<Value: Sendable>(_ key: String, _ decide: @escaping @Sendable (Date) async throws -> Value) -> Task<Kept, any Error> {
        let now = clock()
        let task = Task.detached { Kept(value: try await decide(now), decidedAt: now) }
        deciding[key] = task
        Task { await self.finish(key, task) }
        return task
    }

    private func finish(_ key: String, _ task: Task<Kept, any Error>) async {
        let result = await task.result
        deciding[key] = nil
        guard case .success(let fresh) = result else { return }
        kept[key] = fresh
        while kept.count > capacity, let oldest = kept.min(by: { $0.value.decidedAt < $1.value.decidedAt })?.key {
            kept[oldest] = nil
        }
    }

    /// Forgets every answer of one organization — after a change of its rules, whose effect its
    /// leaders expect to see at once.
    public func forget(organization: String) {
        for key in kept.keys where key.hasPrefix(organization) { kept[key] = nil }
    }
}

/// Two screens kept under one key: a programming error, never a reader's.
struct KeptScreensKeyClash: Error, CustomStringConvertible {
    var key: String
    var description: String { "two kinds of answer kept under \(key)" }
}
