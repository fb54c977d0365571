import Vapor

extension Request {
    /// A read that depends only on who is signed in and their organization — `/me`, the list of
    /// markets — remembered with the credential in ``SignedInCache``, under the same rules: gone
    /// with the organization's next write, never kept when a write ended while it was read.
    func remembered<Value: Sendable>(
        _ field: WritableKeyPath<SignedInCache.Entry, Value?>, read: () async throws -> Value
    ) async throws -> Value {
        let hash = try signedIn.credential.hash
        let cache = application.keel.signedInCache
        let mark = cache?.mark ?? 0
        if let remembered = cache?.entry(for: hash, now: now)?[keyPath: field] { return remembered }
        let value = try await read()
        cache?.amend(hash, readSince: mark) { $0[keyPath: field] = value }
        return value
    }
}
