import KeelStore
import SalesDomain
import Vapor

extension Request {
    /// The `scope` query parameter (or the viewer's natural scope), checked against the
    /// viewer's access: someone else's person or team outside the viewer's reach is not
    /// found; organization-wide figures for a viewer who only sees part of it are forbidden.
    func analysisScope() async throws -> AnalysisScope {
        let viewer = try signedIn.person
        guard let text = try? query.get(String.self, at: "scope") else {
            return .natural(for: Viewer(viewer))
        }
        guard let scope = AnalysisScope(text) else {
            throw APIError(
                .badRequest, code: "invalid_value",
                message: "'\(text)' is not a scope; use person:<id>, team:<id>, market:<id> or organization", field: "scope")
        }
        try await authorize(scope)
        return scope
    }

    func authorize(_ scope: AnalysisScope) async throws {
        let policy = try await policy()
        switch scope {
        case .person(let id):
            _ = try await visiblePerson(id)
        case .team(let id):
            _ = try await visibleTeam(id)
        case .market(let id):
            guard try await directory.market(id) != nil, policy.canRead(market: id) else { throw APIError.notFound("market") }
        case .organization:
            guard policy.canReadOrganization else { throw APIError.forbidden }
        }
    }

    var executionAnalytics: ExecutionAnalytics {
        get throws { ExecutionAnalytics(database: db, organizationID: try signedIn.person.organizationID) }
    }
}
