import KeelStore
import SalesDomain
import Vapor

extension RoleProfilePage.Model {
    /// The profile named by the `framework`, `jobRole` and `market` (an id, or empty for all
    /// markets) query parameters, on the framework's newest published version. Reading a profile
    /// that does not exist is not found; editing one sets it up.
    static func query(
        _ request: Request, mode: RoleProfilePage.Mode, entered: [String: String]? = nil, errors: [FieldError] = [], notice: String? = nil
    ) async throws -> Self {
        let store = try request.competence
        guard let frameworkID = try RoleProfilesPage.frameworkID(in: request),
              let framework = try await store.latestVersion(of: frameworkID, publishedOnly: true)
        else { throw APIError.notFound(field: "framework") }
        guard let jobRole = try request.jobRoleFilter() else {
            throw APIError(.badRequest, code: "required", .chooseJobRole, field: "jobRole")
        }
        var market: Market?
        if let raw = try? request.query.get(String.self, at: "market"), !raw.isEmpty {
            guard let id = Market.ID(uuidString: raw), let found = try await request.directory.market(id) else {
                throw APIError.notFound(field: "market")
            }
            market = found
        }
        let stored = try await store.roleProfiles(framework: framework.id).first { $0.jobRole == jobRole && $0.marketID == market?.id }
        if mode == .view, stored == nil { throw APIError.notFound(field: "jobRole") }
        return Self(
            framework: framework, jobRole: jobRole, market: market, stored: stored, mode: mode,
            entered: entered, errors: errors, notice: notice)
    }
}
