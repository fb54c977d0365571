import Vapor

/// Refuses a state-changing form whose `_csrf` field does not match the session's token (or,
/// before sign-in, the `keel_csrf` cookie). SameSite=Lax already stops most cross-site posts;
/// this covers older browsers and same-site subdomains.
struct CSRFProtection: AsyncMiddleware {
    static let fieldName = "_csrf"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard ![.GET, .HEAD, .OPTIONS].contains(request.method) else {
            return try await next.respond(to: request)
        }
        let limit = request.route?.userInfo[AnySendableHashable(RouteBodyLimitKey())] as? Int
        _ = try await request.body.collect(max: limit ?? request.application.routes.defaultMaxBodySize.value).get()
        let submitted = (try? request.content.get(String.self, at: Self.fieldName)) ?? ""
        let expected = request.auth.get(SignedIn.self)?.csrfToken ?? request.cookies[KeelCookie.csrf]?.string ?? ""
        guard !expected.isEmpty, Secret.constantTimeEquals(submitted, expected) else {
            throw WebError.csrfMismatch
        }
        return try await next.respond(to: request)
    }
}

extension Request {
    /// The token a form must carry: the session's, or a pre-sign-in cookie set on first sight.
    func csrfToken() -> String {
        if let token = auth.get(SignedIn.self)?.csrfToken { return token }
        if let token = cookies[KeelCookie.csrf]?.string, !token.isEmpty { return token }
        let token = Secret.make()
        storage[PendingCSRFCookie.self] = token
        return token
    }
}

/// A CSRF cookie made while rendering a page, to be set on that page's response.
struct PendingCSRFCookie: StorageKey {
    typealias Value = String
}
