import NIOConcurrencyHelpers

/// What one read of a screen has already read of the organization's slow-changing data — its
/// cycles and framework versions — so that the parts of a screen that each need them (the start
/// page's diagnosis, coaching and impact tile) read them once instead of six times.
///
/// A memo lives for one task tree: the web and the API give each GET request one
/// (``withValue(_:operation:)`` around the handler), and a read outside any memo — a write, a
/// background job, a test — reads the database every time. Only reads that no GET request
/// writes belong here, so a request never sees its own write hidden behind a kept value.
public final class ReadMemo: Sendable {
    @TaskLocal public static var current: ReadMemo?

    private let values = NIOLockedValueBox<[String: any Sendable]>([:])

    public init() {}

    /// The value kept under `key` in the current memo; else `read()`'s, kept for the rest of it.
    static func remember<Value: Sendable>(_ key: String, _ read: () async throws -> Value) async throws -> Value {
        guard let memo = current else { return try await read() }
        // Unwrapped before the cast: a missing key cast to an optional `Value` would read as a kept nil.
        if let kept = memo.values.withLockedValue({ $0[key] }), let value = kept as? Value { return value }
        let value = try await read()
        memo.values.withLockedValue { $0[key] = value }
        return value
    }
}
