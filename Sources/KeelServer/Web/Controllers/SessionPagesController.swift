import KeelCharts
import KeelStore
import SalesDomain
import Vapor

/// Signing in and out, the start page, the language switch and the stylesheet.
enum SessionPagesController {
    static func register(on web: any RoutesBuilder) {
        web.on(.GET, "", access: .signedIn(.readOwnRecords), use: home)
        web.on(.GET, "login", access: .open, use: loginForm)
        web.on(.POST, "login", access: .open, use: login)
        web.on(.POST, "logout", access: .signedIn(.readOwnRecords), use: logout)
        web.on(.POST, "language", access: .open, use: changeLanguage)
        web.on(.GET, "static", "keel.css", access: .open, use: stylesheet)
    }

    /// Each role starts where attention is needed (``StartPage``): leadership with its teams
    /// and markets ranked, a manager with their sellers, a seller with their own picture.
    @Sendable
    static func home(_ request: Request) async throws -> Response {
        try await request.analysisPage(StartPage.Model.query) { StartPage.render($0, context: $1) }
    }

    struct LoginQuery: Decodable {
        var next: String?
    }

    @Sendable
    static func loginForm(_ request: Request) async throws -> Response {
        if request.auth.has(SignedIn.self) { return request.redirect(to: "/") }
        let next = try request.query.decode(LoginQuery.self).next.flatMap(localPath)
        let context = try await PageContext.make(for: request)
        return Layout.response(LoginPage.render(.init(next: next), context: context), for: request)
    }

    struct LoginForm: Decodable {
        var email: String?
        var password: String?
        var next: String?
    }

    @Sendable
    static func login(_ request: Request) async throws -> Response {
        let form = try request.content.decode(LoginForm.self)
        let email = form.email ?? ""
        let next = form.next.flatMap(localPath)
        let outcome = try await SignIn(request: request).attempt(email: email, password: form.password ?? "")
        switch outcome {
        case .invalidCredentials, .throttled:
            var model = LoginPage.Model(email: email, next: next, problem: .loginFailed)
            var status = HTTPResponseStatus.unauthorized
            if case .throttled(let retryAfter) = outcome {
                model.problem = .loginThrottled
                model.problemValues = ["minutes": String(max(1, Int((retryAfter.timeIntervalSince(request.now) / 60).rounded(.up))))]
                status = .tooManyRequests
            }
            let context = try await PageContext.make(for: request)
            return Layout.response(LoginPage.render(model, context: context), status: status, for: request)
        case .signedIn(var person):
            let directory = Directory(database: request.db, organizationID: person.organizationID)
            if person.language == nil, let chosen = request.cookies[KeelCookie.language].flatMap({ Language(rawValue: $0.string) }) {
                try await directory.setLanguage(of: person.id, to: chosen)
                person.language = chosen
            }
            // A fresh session id on every sign-in, so a planted cookie can't be ridden (session fixation).
            let sessionID = Secret.make()
            let lifetime = request.application.keel.configuration.sessionLifetime
            try await request.accounts.createSession(
                idHash: Secret.hash(sessionID), for: person, csrfToken: Secret.make(),
                at: request.now, expiresAt: request.now.addingTimeInterval(lifetime)
            )
            let response = request.redirect(to: next ?? "/")
            response.cookies[KeelCookie.session] = KeelCookie.value(sessionID, maxAge: Int(lifetime), on: request)
            if let language = person.language {
                response.cookies[KeelCookie.language] = KeelCookie.value(language.rawValue, maxAge: 365 * 24 * 3600, on: request)
            }
            return response
        }
    }

    @Sendable
    static func logout(_ request: Request) async throws -> Response {
        if case .session(let idHash, _) = try request.signedIn.credential {
            try await request.accounts.deleteSession(idHash: idHash)
        }
        request.auth.logout(SignedIn.self)
        let response = request.redirect(to: "/login")
        response.cookies[KeelCookie.session] = KeelCookie.expired(on: request)
        return response
    }

    struct LanguageForm: Decodable {
        var language: String
        var returnTo: String?
    }

    /// Remembers the language in a cookie and, when signed in, on the person, so it follows
    /// them to other browsers.
    @Sendable
    static func changeLanguage(_ request: Request) async throws -> Response {
        let form = try request.content.decode(LanguageForm.self)
        let language = try parseEnum(Language.self, form.language, field: "language")
        if let person = request.auth.get(SignedIn.self)?.person {
            try await Directory(database: request.db, organizationID: person.organizationID).setLanguage(of: person.id, to: language)
        }
        let response = request.redirect(to: form.returnTo.flatMap(localPath) ?? "/")
        response.cookies[KeelCookie.language] = KeelCookie.value(language.rawValue, maxAge: 365 * 24 * 3600, on: request)
        return response
    }

    @Sendable
    static func stylesheet(_ request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css + "\n" + ChartStylesheet.stylesheet))
    }

    /// Only same-site paths are followed after sign-in, so a link can't bounce people elsewhere.
    /// A browser drops tabs and line breaks from a URL and reads `\` as `/`, so `/\t/host` and
    /// `/\host` would leave the site; any control character, space, backslash or second leading
    /// slash refuses the path, as does anything a URL parser reads with a scheme or a host.
    static func localPath(_ candidate: String) -> String? {
        guard candidate.hasPrefix("/"), !candidate.hasPrefix("//"), !candidate.hasPrefix("/login"),
              !candidate.unicodeScalars.contains(where: { $0 == "\\" || $0.properties.isWhitespace || $0.properties.generalCategory == .control }),
              let parsed = URLComponents(string: candidate), parsed.scheme == nil, parsed.host == nil, parsed.path.hasPrefix("/")
        else { return nil }
        return candidate
    }
}
