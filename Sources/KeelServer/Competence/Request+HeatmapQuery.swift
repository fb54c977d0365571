import SalesDomain
import Vapor

extension Request {
    /// The heatmap question in the URL, read alike for the page and the API:
    /// `rows=teams|markets` (absent or empty: where the viewer starts), `team=<id>` (with teams:
    /// the teams under it), `jobRole` (a role, `all` for every role, absent for the role most
    /// participants in the rows hold) and `adjust=leniency`, each empty meaning absent so a form
    /// may send every field.
    func heatmapQuery() throws -> HeatmapQuery {
        let cycle = try id("cycleID", as: AssessmentCycle.ID.self, entity: "assessment cycle")
        let team = try optionalQuery("team").map { raw in
            guard let id = Team.ID(uuidString: raw) else { throw APIError.malformed("team", .notAnID, ["value": raw]) }
            return id
        }
        let rows: HeatmapQuery.Rows
        switch try optionalQuery("rows").map({ try APIError.parse(HeatmapRowKind.self, $0, field: "rows") }) {
        case .markets?: rows = .markets
        case .teams?, nil: rows = team.map { .teams(under: $0) } ?? .start
        }
        let adjustment = try optionalQuery("adjust").map { try APIError.parse(HeatmapAdjustment.self, $0, field: "adjust") }
        let roles: HeatmapQuery.Roles = if try optionalQuery("jobRole") == HeatmapRoleName.every { .every } else {
            try jobRoleFilter().map(HeatmapQuery.Roles.only) ?? .mostCommon
        }
        return HeatmapQuery(cycle: cycle, rows: rows, roles: roles, adjustsForLeniency: adjustment == .leniency)
    }

    /// The drill-down in the URL: `group` (required: `team:<id>`, `members:<id>`, `market:<id>`
    /// or `organization`), `jobRole` and `adjust=leniency`, read alike for the page and the API.
    func heatmapPeopleQuery() throws -> HeatmapPeopleQuery {
        let cycle = try id("cycleID", as: AssessmentCycle.ID.self, entity: "assessment cycle")
        let raw = try optionalQuery("group") ?? ""
        guard let group = HeatmapPeopleQuery.Group(raw) else {
            throw APIError.malformed("group", .heatmapRowNotValid, ["value": raw])
        }
        let adjustment = try optionalQuery("adjust").map { try APIError.parse(HeatmapAdjustment.self, $0, field: "adjust") }
        return HeatmapPeopleQuery(cycle: cycle, group: group, jobRole: try jobRoleFilter(), adjustsForLeniency: adjustment == .leniency)
    }

    /// A query parameter, `nil` when absent or empty.
    func optionalQuery(_ name: String) throws -> String? {
        guard let raw = try? query.get(String.self, at: name), !raw.isEmpty else { return nil }
        return raw
    }
}

/// `jobRole=all`: the heatmap of every role, rather than the most common one it opens with.
enum HeatmapRoleName {
    static let every = "all"
}

/// The values of `adjust`.
enum HeatmapAdjustment: String, CaseIterable {
    case leniency
}
