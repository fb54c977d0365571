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
    /// framework and writes it with its audit event, or refuses it and writes nothing. A form
    /// with a target or weight it cannot read is not saved; what it could read is checked by the
    /// same rule, so every problem shows at once.
    @Sendable
    static func save(_ request: Request) async throws -> Response {
        let fields = try request.content.decode([String: String].self)
        let model = try await RoleProfilePage.Model.query(request, mode: .edit)
        let text = try await request.localizer
        let framework = model.framework
        let read = RoleProfileForm.entries(from: fields, framework: framework, kept: model.stored?.entries ?? [], text: text)
        let profile = RoleProfile(
            id: model.stored?.id ?? .init(UUID()), organizationID: framework.organizationID, frameworkID: framework.id,
            jobRole: model.jobRole, marketID: model.market?.id, entries: read.entries)
        /// The problems shown at the form's fields; those of the profile's rules name an entry of `entries`.
        func refused(_ problems: [FieldError], of entries: [RoleProfileEntry]) async throws -> Response {
            let errors = problems.map { RoleProfileForm.fieldError($0, entries: entries, framework: framework, text: text) }
            return try await profilePage(request, mode: .edit, entered: fields, errors: RoleProfileForm.inFormOrder(errors, framework: framework))
        }
        guard read.unreadable.isEmpty else {
            // Only the entries the form shows: kept ones belong to a newer draft this version lacks.
            var shown = profile
            shown.entries = read.entries.filter { framework.competency($0.competencyID) != nil }
            return try await refused(read.unreadable + (shown.entries.isEmpty ? [] : shown.problems(against: framework)), of: shown.entries)
        }
        do {
            _ = try await request.competence.saveRoleProfile(profile, actor: try request.signedIn.person.id, at: request.now)
        } catch {
            guard let problems = [FieldError](refusal: error) else { throw error }
            return try await refused(problems, of: read.entries)
        }
        return try await profilePage(request, mode: .edit, notice: text(.roleProfileSaved))
    }
}
