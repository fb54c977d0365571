import Vapor

extension Request {
    /// Signs in whoever the credential with `hash` belongs to: remembered by the
    /// ``SignedInCache`` when it is fresh, else `read` from the database and remembered.
    /// Returns whether anyone was signed in.
    func signIn(credentialHash hash: String, read: () async throws -> SignedIn?) async throws -> Bool {
        let cache = application.keel.signedInCache
        let mark = cache?.mark ?? 0
        let signedIn: SignedIn
        if let remembered = cache?.entry(for: hash, now: now) {
            signedIn = remembered.signedIn
        } else if let read = try await read() {
            cache?.remember(read, for: hash, now: now, readSince: mark)
            signedIn = read
        } else {
            return false
        }
        auth.login(signedIn)
        logger[metadataKey: "person"] = .string(signedIn.person.id.description)
        return true
    }
}
