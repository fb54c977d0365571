import Vapor

/// Headers every answer carries, pages and API alike, so a browser runs nothing Keel did not
/// serve from its own origin and frames Keel nowhere.
///
/// The pages need no inline script or style (the heatmap's colors are classes in the served
/// stylesheet), so the policy allows only files from the origin; the API's JSON is never
/// sniffed as something else; links leave no path behind them on other sites; and when Keel
/// is published over https (`KEEL_PUBLIC_URL`), browsers are told to keep to it.
struct SecurityHeadersMiddleware: AsyncMiddleware {
    static let contentSecurityPolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "object-src 'none'",
        "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
    ].joined(separator: "; ")

    /// Whether to send Strict-Transport-Security: only when the public URL is https.
    var strictTransport: Bool

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "Content-Security-Policy", value: Self.contentSecurityPolicy)
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        if strictTransport {
            response.headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains")
        }
        return response
    }
}
