import KeelStore
import Vapor

/// Signs in an API client whose `Authorization: Bearer` token is live and belongs to an active person.
struct BearerAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let bearer = request.headers.bearerAuthorization {
            let hash = Secret.hash(bearer.token)
            guard let person = try await request.accounts.tokenOwner(hash: hash, now: request.now) else {
                throw APIError(.unauthorized, code: "invalid_token", .tokenNotValid,
                               field: "Authorization")
            }
            request.auth.login(SignedIn(person: person, credential: .bearer(tokenHash: hash)))
            request.logger[metadataKey: "person"] = .string(person.id.description)
        }
        return try await next.respond(to: request)
    }
}
