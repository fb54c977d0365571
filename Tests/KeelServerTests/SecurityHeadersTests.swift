import Foundation
@testable import KeelServer
import Testing
import Vapor
import VaporTesting

/// What every answer must carry (the authorization matrix checks each API response with it).
enum SecurityHeaders {
    static func expect(on exchange: TestServer.Exchange, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let headers = exchange.headers
        #expect(headers.first(name: "Content-Security-Policy") == SecurityHeadersMiddleware.contentSecurityPolicy, "\(what)",
                sourceLocation: sourceLocation)
        #expect(headers.first(name: "X-Content-Type-Options") == "nosniff", "\(what)", sourceLocation: sourceLocation)
        #expect(headers.first(name: "Referrer-Policy") == "same-origin", "\(what)", sourceLocation: sourceLocation)
        #expect(headers.first(name: "Strict-Transport-Security") == nil, "\(what): http only here", sourceLocation: sourceLocation)
    }
}

@Suite(.serialized) struct SecurityHeadersTests {
    /// Every page a signed-in admin can open without naming a record, and a team, a person and
    /// an error page: the headers, and no inline script or style for the policy to refuse.
    @Test func everyPageCarriesTheHeadersAndNeedsNoInlineCode() async throws {
        try await withServer { server in
            let browser = TestBrowser(server)
            try await browser.signIn(server.demo.logins.admin.email)
            let plain = server.app.routes.all
                .filter { $0.method == .GET && $0.path.allSatisfy { if case .constant = $0 { true } else { false } } }
                .map { "/" + $0.path.map(\.description).joined(separator: "/") }
                .filter { !$0.hasPrefix("/api") && !["/logout", "/openapi.yaml", "/metrics"].contains($0) }
            let team = try #require(server.demo.teams.first)
            let paths = plain + ["/teams/\(team.id)", "/people/\(server.demo.logins.seller.id)", "/no-such-page"]
            #expect(paths.count > 15)
            for path in paths {
                let page = try await browser.get(path)
                SecurityHeaders.expect(on: page, path)
                if page.headers.contentType == .html {
                    #expect(!page.text.contains("<script"), "\(path) has a script")
                    #expect(!page.text.contains(" style=\""), "\(path) has an inline style")
                    #expect(!page.text.contains("<style"), "\(path) has a style element")
                }
            }
        }
    }

    @Test func anHTTPSPublicURLAddsStrictTransportSecurity() async throws {
        let app = try await Application.make(.testing)
        app.middleware.use(SecurityHeadersMiddleware(strictTransport: true))
        app.get("x") { _ in "x" }
        do {
            try await app.testing().test(.GET, "x") { response async in
                #expect(response.headers.first(name: "Strict-Transport-Security") == "max-age=31536000; includeSubDomains")
            }
            try await app.asyncShutdown()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}
