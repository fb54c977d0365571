import KeelStore
import Vapor

/// Signs in an API client whose `Authorization: Bearer` token is live and belongs to an active person.
struct BearerAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let bearer = request.headers.bearerAuthorization {
            let hash = Secret.hash(bearer.token)
            let signedIn = try await request.signIn(credentialHash: hash) {
                try await request.accounts.tokenOwner(hash: hash, now: request.now)
                    .map { SignedIn(person: $0, credential: .bearer(tokenHash: hash)) }
            }
            guard signedIn else {
                throw APIError(.unauthorized, code: "invalid_token", .tokenNotValid, field: "Authorization")
            }
        }
        return try await next.respond(to: request)
    }
}
