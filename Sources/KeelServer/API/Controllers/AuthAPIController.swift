import KeelStore
import SalesDomain
import Vapor

/// `POST /api/v1/auth/token` exchanges an e-mail and password for a bearer token;
/// `DELETE /api/v1/auth/token` revokes the token used.
enum AuthAPIController {
    static func register(on api: any RoutesBuilder) {
        api.on(.POST, "auth", "token", access: .open, use: issueToken)
        api.on(.DELETE, "auth", "token", access: .signedIn(.readOwnRecords), use: revokeToken)
    }

    @Sendable
    static func issueToken(_ request: Request) async throws -> Response {
        let body = try request.content.decode(TokenRequest.self)
        switch try await SignIn(request: request).attempt(email: body.email, password: body.password) {
        case .invalidCredentials:
            throw APIError(.unauthorized, code: "invalid_credentials",
                           .credentialsWrong, field: "password")
        case .throttled(let retryAfter):
            var error = APIError(.tooManyRequests, code: "throttled",
                                 .signInThrottled, ["time": retryAfter.formatted(.iso8601)])
            error.headers.replaceOrAdd(name: .retryAfter, value: String(Int(retryAfter.timeIntervalSince(request.now).rounded(.up))))
            throw error
        case .signedIn(let person):
            let (token, expiresAt) = try await APITokens.issue(for: person, label: body.label ?? "api", actor: person.id, on: request.application)
            let response = Response(status: .created)
            try response.content.encode(TokenResource(token: token, expiresAt: expiresAt), as: .json)
            return response
        }
    }

    @Sendable
    static func revokeToken(_ request: Request) async throws -> HTTPStatus {
        guard case .bearer(let hash) = try request.signedIn.credential else {
            throw APIError(.badRequest, code: "not_a_token", .notABearerRequest)
        }
        try await request.accounts.revokeToken(hash: hash, at: request.now)
        return .noContent
    }
}
