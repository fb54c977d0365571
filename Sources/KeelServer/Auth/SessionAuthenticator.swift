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
            let cache = request.application.keel.signedInCache
            let mark = cache?.mark ?? 0
            if let remembered = cache?.entry(for: idHash, now: request.now) {
                request.auth.login(remembered.signedIn)
            } else if let (person, csrf) = try await request.accounts.session(idHash: idHash, now: request.now) {
                let signedIn = SignedIn(person: person, credential: .session(idHash: idHash, csrfToken: csrf))
                cache?.remember(signedIn, for: idHash, now: request.now, readSince: mark)
                request.auth.login(signedIn)
            }
            if let person = request.auth.get(SignedIn.self)?.person {
                request.logger[metadataKey: "person"] = .string(person.id.description)
            }
        }
        return try await next.respond(to: request)
    }
}
