import KeelStore
import Vapor

/// Signs in the browser whose session cookie names a live session of an active person.
///
/// Runs for every path but the JSON API, which takes bearer tokens only: a cookie that
/// browsers send by themselves must never authorize an API call that skips CSRF checks.
struct SessionAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if !request.url.path.hasPrefix("/api/"), let cookie = request.cookies[KeelCookie.session]?.string, !cookie.isEmpty {
            let idHash = Secret.hash(cookie)
            _ = try await request.signIn(credentialHash: idHash) {
                try await request.accounts.session(idHash: idHash, now: request.now)
                    .map { SignedIn(person: $0.person, credential: .session(idHash: idHash, csrfToken: $0.csrfToken)) }
            }
        }
        return try await next.respond(to: request)
    }
}
