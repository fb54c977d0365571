import KeelStore
import SalesDomain
import Vapor

/// The weekly digest on the web: each person's own page (`/digest`: on/off and this week's
/// preview) and the admins' outbox (`/admin/outbox`). Both read what the API reads.
enum DigestPagesController {
    static func register(on web: any RoutesBuilder) {
        web.on(.GET, "digest", access: .signedIn(.readOwnRecords), use: page)
        web.on(.POST, "digest", access: .signedIn(.readOwnRecords), use: save)
        web.on(.GET, "admin", "outbox", access: .signedIn(.administerDirectory), use: outbox)
    }

    @Sendable
    static func page(_ request: Request) async throws -> Response {
        try await digestPage(request)
    }

    /// The page, with the problems of a refused setting at the switch and in the summary.
    static func digestPage(_ request: Request, errors: [FieldError] = []) async throws -> Response {
        let person = try request.signedIn.person
        let context = try await PageContext.make(for: request)
        let notice: String? = switch try? request.query.get(String.self, at: "saved") {
        case "on"?: context.text(.digestSavedOn)
        case "off"?: context.text(.digestSavedOff)
        default: nil
        }
        let model = DigestPage.Model(
            screen: try await request.digests.screen(of: person, asOf: request.now), address: person.email,
            language: person.language ?? request.language, configured: request.mailConfigured,
            linkBase: request.application.keel.configuration.linkBase, notice: notice, errors: errors)
        return Layout.response(DigestPage.render(model, context: context), status: errors.isEmpty ? .ok : .unprocessableEntity, for: request)
    }

    struct SettingForm: Decodable {
        var enabled: String?
    }

    @Sendable
    static func save(_ request: Request) async throws -> Response {
        let form = try request.content.decode(SettingForm.self)
        let enabled: Bool
        switch form.enabled {
        case "on": enabled = true
        case "off": enabled = false
        default:
            return try await digestPage(
                request, errors: [FieldError(field: "enabled", code: .invalidValue, .notOneOf, ["value": form.enabled ?? "", "choices": "on, off"])])
        }
        _ = try await request.digests.setEnabled(enabled, for: try request.signedIn.person.id, at: request.now)
        return request.redirect(to: "/digest?saved=\(enabled ? "on" : "off")")
    }

    @Sendable
    static func outbox(_ request: Request) async throws -> Response {
        let report = try await request.digests.outboxReport(configured: request.mailConfigured, for: try await request.policy())
        return Layout.response(OutboxPage.render(report, context: try await PageContext.make(for: request)), for: request)
    }
}
