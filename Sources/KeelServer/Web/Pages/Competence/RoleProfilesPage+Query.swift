import KeelStore
import SalesDomain
import Vapor

extension RoleProfilesPage.Model {
    /// The profiles of the framework named by `framework`, else of the most recently published
    /// one (``CompetenceStore/roleProfileList(framework:)``).
    static func query(_ request: Request) async throws -> Self {
        Self(list: try await request.competence.roleProfileList(framework: try RoleProfilesPage.frameworkID(in: request)))
    }

    init(list: RoleProfileList) {
        self.init(frameworks: list.frameworks, framework: list.framework,
                  rows: list.entries.map { RoleProfilesPage.Row(profile: $0.profile, market: $0.market) }, markets: list.markets)
    }
}

extension RoleProfilesPage {
    /// The `framework` query parameter; one that is not an id names nothing, so it is not found.
    static func frameworkID(in request: Request) throws -> CompetencyFramework.ID? {
        guard let raw = try? request.query.get(String.self, at: "framework"), !raw.isEmpty else { return nil }
        guard let id = CompetencyFramework.ID(uuidString: raw) else { throw APIError.notFound(field: "framework") }
        return id
    }
}
