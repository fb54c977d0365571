import Vapor

/// The page shown for a failed web request; 401 sends the browser to sign in instead.
enum ErrorPage {
    static func response(for error: APIError, isCSRF: Bool, on request: Request) async throws -> Response {
        if error.status == .unauthorized {
            let target = request.url.query.map { "\(request.url.path)?\($0)" } ?? request.url.path
            let next = target.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"
            return request.redirect(to: "/login?next=\(next)")
        }
        let context = try await PageContext.make(for: request)
        let text = context.text
        let (title, body): (TextKey, String) = switch error.status {
        case .notFound: (.errorNotFoundTitle, text(.errorNotFoundBody))
        case .forbidden: (.errorForbiddenTitle, isCSRF ? text(.errorCSRF) : text(.errorForbiddenBody))
        case .internalServerError: (.errorGenericTitle, text(.errorGenericBody))
        default: (.errorBadRequestTitle, error.all.count > 1 ? error.all.map { text($0.problem) }.joined(separator: " ") : text(error.problem))
        }
        let page = Layout.page(title: text(title), context: context) {
            section(.class("card")) {
                h1(.id("error-title")) { text(title) }
                p(.id("error-message")) { body }
                p { a(.href("/")) { text(.errorBackHome) } }
            }
        }
        return Layout.response(page, status: error.status, for: request)
    }
}
