import KeelStore
import SalesDomain
import Vapor

/// Turns every error into the answer its audience expects: JSON for `/api/…`, a page or a
/// sign-in redirect for the web. Bad input never becomes a 500.
struct KeelErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let apiError = Self.classify(error)
            if apiError.status == .internalServerError {
                request.logger.report(error: error)
            }
            if request.url.path.hasPrefix("/api/") || request.url.path == "/api" {
                return try Self.json(apiError, for: request)
            }
            return try await ErrorPage.response(for: apiError, isCSRF: error is WebError, on: request)
        }
    }

    static func classify(_ error: any Error) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case let error as FieldError:
            return APIError(error)
        case let error as DecodingError:
            return APIError(decoding: error)
        case let error as RecordNotFound:
            return APIError.notFound(error.entity)
        case let refusal as AccessRefused:
            return refusal.decision == .forbidden ? APIError.forbidden : APIError.notFound(refusal.entity, field: refusal.field)
        case let refusal as HeatmapQuery.Refusal:
            return switch refusal {
            case .forbidden: APIError.forbidden
            case .teamNotFound: APIError.notFound("team", field: "team")
            case .noMeasuredLeniency: APIError.noMeasuredLeniency
            }
        case is WebError:
            return APIError(.forbidden, code: "csrf", message: "the form's security token did not match; reload the page and try again")
        case let abort as any AbortError:
            let code = switch abort.status {
            case .notFound: "not_found"
            case .unauthorized: "unauthenticated"
            case .forbidden: "forbidden"
            case .payloadTooLarge: "too_large"
            case .unsupportedMediaType: "unsupported_media_type"
            default: abort.status.code < 500 ? "bad_request" : "internal"
            }
            var apiError = APIError(abort.status, code: code, message: abort.reason)
            apiError.headers = abort.headers
            return apiError
        default:
            return APIError(.internalServerError, code: "internal", message: "something went wrong; the error has been logged")
        }
    }

    static func json(_ error: APIError, for request: Request) throws -> Response {
        let response = Response(status: error.status, headers: error.headers)
        try response.content.encode(
            APIErrorBody(error: .init(code: error.code, message: error.message, field: error.field)), as: .json
        )
        return response
    }
}
