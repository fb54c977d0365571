import KeelStore
import SalesDomain
import Vapor

extension Request {
    /// The `scope` query parameter (or the viewer's natural scope). Whether the viewer may see
    /// it is the store's to decide (`ExecutionAnalytics`' methods `for:` a policy).
    func analysisScope() throws -> AnalysisScope {
        let viewer = try signedIn.person
        guard let text = try? query.get(String.self, at: "scope") else {
            return .natural(for: Viewer(viewer))
        }
        guard let scope = AnalysisScope(text) else {
            throw APIError(
                .badRequest, code: "invalid_value",
                .scopeNotValid, ["value": text], field: "scope")
        }
        return scope
    }

    var executionAnalytics: ExecutionAnalytics {
        get async throws {
            ExecutionAnalytics(database: db, organizationID: try signedIn.person.organizationID, calendar: try await organizationCalendar)
        }
    }

    /// The signed-in person's organization's calendar (its time-zone setting), read once per request.
    var organizationCalendar: WeekCalendar {
        get async throws {
            if let calendar = storage[OrganizationCalendarKey.self] { return calendar }
            let calendar = try await OrganizationSettings(database: db, organizationID: try signedIn.person.organizationID).calendar()
            storage[OrganizationCalendarKey.self] = calendar
            return calendar
        }
    }
}

private struct OrganizationCalendarKey: StorageKey {
    typealias Value = WeekCalendar
}
