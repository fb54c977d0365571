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
        case let errors as FieldErrors:
            return APIError(errors)
        case let error as DecodingError:
            return APIError(decoding: error)
        case is RecordNotFound:
            return APIError.notFound()
        case let refusal as AccessRefused:
            guard refusal.decision == .forbidden else { return APIError.notFound(field: refusal.field) }
            return refusal.problem.map { APIError(.forbidden, code: "forbidden", $0) } ?? APIError.forbidden
        case let refusal as HeatmapQuery.Refusal:
            return switch refusal {
            case .forbidden: APIError.forbidden
            case .teamNotFound: APIError.notFound(field: "team")
            case .noMeasuredLeniency: APIError.noMeasuredLeniency
            }
        case is WebError:
            return APIError(.forbidden, code: "csrf", .csrfMismatch)
        case let abort as any AbortError:
            // Vapor's reasons are English and technical; the status says enough in any language.
            let (code, problem): (String, Problem) = switch abort.status {
            case .notFound: ("not_found", Problem(.notVisible))
            case .unauthorized: ("unauthenticated", Problem(.signInFirst))
            case .forbidden: ("forbidden", Problem(.roleForbids))
            case .payloadTooLarge: ("too_large", Problem(.requestTooLarge))
            // A body without a JSON content type is as unreadable as malformed JSON: 400, as documented.
            case .unsupportedMediaType: ("invalid_json", Problem(.bodyNotJSON))
            case .methodNotAllowed: ("method_not_allowed", Problem(.requestNotValid))
            default: abort.status.code < 500 ? ("bad_request", Problem(.requestNotValid)) : ("internal", Problem(.somethingWentWrong))
            }
            var apiError = APIError(abort.status == .unsupportedMediaType ? .badRequest : abort.status, code: code, problem)
            apiError.headers = abort.headers
            return apiError
        default:
            return APIError(.internalServerError, code: "internal", .somethingWentWrong)
        }
    }

    static func json(_ error: APIError, for request: Request) throws -> Response {
        let response = Response(status: error.status, headers: error.headers)
        let text = Localizer(request.language)
        let problems = error.all.count > 1
            ? error.all.map { APIErrorBody.Detail(code: $0.code.rawValue, message: text($0.problem), field: $0.field) } : nil
        try response.content.encode(
            APIErrorBody(error: .init(code: error.code, message: text(error.problem), field: error.field), problems: problems),
            as: .json
        )
        return response
    }
}
