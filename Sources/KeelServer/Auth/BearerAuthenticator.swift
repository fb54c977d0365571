import KeelStore
import Vapor

/// Signs in an API client whose `Authorization: Bearer` token is live and belongs to an active person.
struct BearerAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let bearer = request.headers.bearerAuthorization {
            let hash = Secret.hash(bearer.token)
            let cache = request.application.keel.signedInCache
            if let remembered = cache?.entry(for: hash, now: request.now) {
                request.auth.login(remembered.signedIn)
            } else {
                let mark = cache?.mark ?? 0
                guard let person = try await request.accounts.tokenOwner(hash: hash, now: request.now) else {
                    throw APIError(.unauthorized, code: "invalid_token", .tokenNotValid,
                                   field: "Authorization")
                }
                let signedIn = SignedIn(person: person, credential: .bearer(tokenHash: hash))
                cache?.remember(signedIn, for: hash, now: request.now, readSince: mark)
                request.auth.login(signedIn)
            }
            request.logger[metadataKey: "person"] = .string(try request.signedIn.person.id.description)
        }
        return try await next.respond(to: request)
    }
}
