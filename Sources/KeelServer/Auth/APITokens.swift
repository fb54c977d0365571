import KeelStore
import SalesDomain
import Vapor

/// Issues API bearer tokens; the web API and the CLI share this.
public enum APITokens {
    /// Makes a token for the person, stores its hash, and returns the token itself — the only
    /// time it can be seen.
    public static func issue(
        for person: Person, label: String, actor: Person.ID?, on app: Application
    ) async throws -> (token: String, expiresAt: Date) {
        let token = Secret.make()
        let now = app.keel.now()
        let expiresAt = now.addingTimeInterval(app.keel.configuration.tokenLifetime)
        try await Accounts(database: app.db).createToken(
            hash: Secret.hash(token), for: person, label: label, actor: actor, at: now, expiresAt: expiresAt
        )
        return (token, expiresAt)
    }
}
