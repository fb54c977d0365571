import Foundation
import KeelStore
import SalesDomain
import Vapor

/// `/api/v1/competence/role-profiles`: what each role is measured against. Everyone reads them
/// (a seller sees what their role expects); leaders and admins set them.
enum RoleProfilesAPIController {
    static func register(on competence: any RoutesBuilder) {
        competence.on(.GET, "role-profiles", access: .signedIn(.readOwnRecords), use: list)
        competence.on(.PUT, "role-profiles", access: .signedIn(.configureRules), use: save)
    }

    @Sendable
    static func list(_ request: Request) async throws -> ListResource<RoleProfileResource> {
        let profiles = try await request.competence.roleProfiles()
        return ListResource(items: profiles.map(RoleProfileResource.init), total: profiles.count)
    }

    /// Creates the profile for the body's framework, job role and market (201), or replaces it (200).
    @Sendable
    static func save(_ request: Request) async throws -> Response {
        let body = try request.content.decode(RoleProfileRequest.self)
        let store = try request.competence
        let draft = try body.profile(id: .init(UUID()), organizationID: store.organizationID)
        let existing = try await store.roleProfiles(framework: draft.frameworkID)
            .first { $0.jobRole == draft.jobRole && $0.marketID == draft.marketID }
        var profile = draft
        profile.id = existing?.id ?? draft.id
        let saved = try await store.saveRoleProfile(profile, actor: try request.signedIn.person.id, at: request.now)
        let response = Response(status: existing == nil ? .created : .ok)
        try response.content.encode(RoleProfileResource(saved), as: .json)
        return response
    }
}
