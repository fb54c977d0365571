import Foundation
import KeelStore
import SalesDomain
import Vapor

/// The role profile pages (SPEC §1): every profile of a framework, one profile to read, and
/// leadership's form that sets a profile up or changes it.
enum RoleProfilePagesController {
    static func register(on web: any RoutesBuilder) {
        let profiles = web.grouped("competence", "role-profiles")
        profiles.on(.GET, access: .signedIn(.readOwnRecords), use: list)
        profiles.on(.GET, "view", access: .signedIn(.readOwnRecords), use: view)
        profiles.on(.GET, "edit", access: .signedIn(.configureRules), use: edit)
        profiles.on(.POST, "edit", access: .signedIn(.configureRules), use: save)
    }

    @Sendable
    static func list(_ request: Request) async throws -> Response {
        let model = try await RoleProfilesPage.Model.query(request)
        return Layout.response(RoleProfilesPage.render(model, context: try await PageContext.make(for: request)), for: request)
    }

    @Sendable
    static func view(_ request: Request) async throws -> Response {
        try await profilePage(request, mode: .view)
    }

    @Sendable
    static func edit(_ request: Request) async throws -> Response {
        try await profilePage(request, mode: .edit)
    }

    static func profilePage(
        _ request: Request, mode: RoleProfilePage.Mode, entered: [String: String]? = nil, errors: [FieldError] = [], notice: String? = nil
    ) async throws -> Response {
        let model = try await RoleProfilePage.Model.query(request, mode: mode, entered: entered, errors: errors, notice: notice)
        return Layout.response(RoleProfilePage.render(model, context: try await PageContext.make(for: request)),
                               status: errors.isEmpty ? .ok : .unprocessableEntity, for: request)
    }

    /// Saves the whole form as the profile in one store call, which checks it against the
    /// framework and writes it with its audit event, or refuses it and writes nothing.
    @Sendable
    static func save(_ request: Request) async throws -> Response {
        let fields = try request.content.decode([String: String].self)
        let model = try await RoleProfilePage.Model.query(request, mode: .edit)
        let text = try await request.localizer
        do {
            let entries = try RoleProfileForm.entries(
                from: fields, framework: model.framework, kept: model.stored?.entries ?? [], text: text)
            let profile = RoleProfile(
                id: model.stored?.id ?? .init(UUID()), organizationID: model.framework.organizationID, frameworkID: model.framework.id,
                jobRole: model.jobRole, marketID: model.market?.id, entries: entries)
            do {
                _ = try await request.competence.saveRoleProfile(profile, actor: try request.signedIn.person.id, at: request.now)
            } catch let error as FieldError {
                throw RoleProfileForm.fieldError(error, entries: entries, framework: model.framework, text: text)
            }
            return try await profilePage(request, mode: .edit, notice: text(.roleProfileSaved))
        } catch let error as FieldError {
            return try await profilePage(request, mode: .edit, entered: fields, errors: [error])
        }
    }
}
