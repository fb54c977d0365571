import KeelStore
import SalesDomain
import Vapor

extension RoleProfilePage.Model {
    /// The profile named by the `framework`, `jobRole` and `market` (an id, or empty for all
    /// markets) query parameters (``CompetenceStore/roleProfile(_:)``): reading one that does not
    /// exist is not found; editing one sets it up.
    static func query(
        _ request: Request, mode: RoleProfilePage.Mode, entered: [String: String]? = nil, errors: [FieldError] = [], notice: String? = nil
    ) async throws -> Self {
        guard let framework = try RoleProfilesPage.frameworkID(in: request) else { throw APIError.notFound(field: "framework") }
        guard let jobRole = try request.jobRoleFilter() else {
            throw APIError(.badRequest, code: "required", .chooseJobRole, field: "jobRole")
        }
        var market: Market.ID?
        if let raw = try? request.query.get(String.self, at: "market"), !raw.isEmpty {
            guard let id = Market.ID(uuidString: raw) else { throw APIError.notFound(field: "market") }
            market = id
        }
        let screen = try await request.competence.roleProfile(
            RoleProfileQuery(framework: framework, jobRole: jobRole, market: market, mustExist: mode == .view))
        return Self(screen: screen, mode: mode, entered: entered, errors: errors, notice: notice)
    }

    init(screen: RoleProfileScreen, mode: RoleProfilePage.Mode, entered: [String: String]? = nil, errors: [FieldError] = [], notice: String? = nil) {
        self.init(framework: screen.framework, jobRole: screen.jobRole, market: screen.market, stored: screen.stored, mode: mode,
                  entered: entered, errors: errors, notice: notice)
    }
}
