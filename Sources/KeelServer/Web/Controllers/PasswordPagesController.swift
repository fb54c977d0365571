import KeelStore
import SalesDomain
import Vapor

/// `/people/{id}/password`: a person's own password, or an administrator's reset of someone
/// else's; the same check and store call as the API's.
enum PasswordPagesController {
    static func register(on web: any RoutesBuilder) {
        web.on(.GET, "people", ":personID", "password", access: .signedIn(.readOwnRecords), use: form)
        web.on(.POST, "people", ":personID", "password", access: .signedIn(.readOwnRecords), use: save)
    }

    struct Form: Decodable {
        var currentPassword: String?
        var newPassword: String?
        var confirmPassword: String?
    }

    static func page(_ request: Request, _ model: PasswordPage.Model) async throws -> Response {
        Layout.response(PasswordPage.render(model, context: try await PageContext.make(for: request)),
                        status: model.errors.isEmpty ? .ok : .unprocessableEntity, for: request)
    }

    @Sendable
    static func form(_ request: Request) async throws -> Response {
        let (person, setting) = try await request.passwordSetting()
        return try await page(request, .init(person: person, own: setting == .ownWithCurrentPassword))
    }

    @Sendable
    static func save(_ request: Request) async throws -> Response {
        let form = try request.content.decode(Form.self)
        do {
            let (person, _) = try await request.setPassword(
                current: form.currentPassword ?? "", new: form.newPassword ?? "", confirmation: form.confirmPassword ?? "")
            return request.redirect(to: "/people/\(person.id)?notice=password")
        } catch {
            let throttled = (error as? PasswordGuessesThrottled).map { [$0.problem] }
            guard let errors = throttled ?? [FieldError](refusal: error) else { throw error }
            let (person, setting) = try await request.passwordSetting()
            let model = PasswordPage.Model(person: person, own: setting == .ownWithCurrentPassword, errors: errors)
            let response = try await page(request, model)
            if throttled != nil { response.status = .tooManyRequests }
            return response
        }
    }
}
