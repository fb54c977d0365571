import Foundation
import KeelStore
import SalesDomain
import Vapor

/// `GET /api/v1/competence/cycles/{cycleID}/heatmap` and its drill-down: team × competency or
/// market × competency (SPEC §1), limited to what the caller may see by the same query the
/// page reads (``HeatmapQuery``, answered by `CompetenceStore.heatmapReport`).
enum HeatmapAPIController {
    static func register(on competence: any RoutesBuilder) {
        competence.on(.GET, "cycles", ":cycleID", "heatmap", access: .signedIn(.readOthers), use: heatmap)
        competence.on(.GET, "cycles", ":cycleID", "heatmap", "people", access: .signedIn(.readOthers), use: people)
    }

    /// The screen's one query, answered for the caller's policy: rows and total are exactly
    /// what the page shows the same person.
    @Sendable
    static func heatmap(_ request: Request) async throws -> HeatmapResource {
        let report = try await request.competence.heatmapReport(try request.heatmapQuery(), for: try await request.policy())
        return HeatmapResource(report)
    }

    /// The people behind one row: `group=team:<id>` (the team and every team below it),
    /// `members:<id>` (the team's own members, the row of a team's own people), `market:<id>` or
    /// `organization`, as the page's links name them; each person filtered by whether the caller
    /// may see them.
    @Sendable
    static func people(_ request: Request) async throws -> HeatmapPeopleResource {
        let cycle = try await request.assessmentCycle()
        let jobRole = try request.jobRoleFilter()
        let policy = try await request.policy()
        let raw = (try? request.query.get(String.self, at: "group")) ?? ""
        let group: CompetenceGroup
        var onlyTeam: Team.ID?
        if raw.hasPrefix("members:") {
            guard let id = Team.ID(uuidString: String(raw.dropFirst("members:".count))) else { throw APIError.notFound("team", field: "group") }
            group = .team(try await request.visibleTeam(id).id)
            onlyTeam = id
        } else {
            switch AnalysisScope(raw) {
            case .team(let id)?:
                group = .team(try await request.visibleTeam(id).id)
            case .market(let id)?:
                guard try await request.directory.market(id) != nil, policy.canRead(market: id) else { throw APIError.notFound("market", field: "group") }
                group = .market(id)
            case .organization?:
                guard policy.canReadOrganization else { throw APIError.forbidden }
                group = .organization
            case .person?, nil:
                throw APIError(.badRequest, code: "invalid_value",
                               message: "'\(raw)' is not a heatmap row; use team:<id>, members:<id>, market:<id> or organization", field: "group")
            }
        }
        let store = try request.competence
        let adjust = try request.optionalQuery("adjust").map { try APIError.parse(HeatmapAdjustment.self, $0, field: "adjust") }
        var entries: [HeatmapEntry]
        var adjustment: LeniencyAdjustmentResource?
        if adjust == .leniency {
            let exercise = try await request.leniencyExercise(for: cycle)
            let adjusted = try await store.adjustedPeople(in: group, cycle: cycle.id, jobRole: jobRole, exercise: exercise)
            entries = adjusted.entries
            adjustment = LeniencyAdjustmentResource(exercise, adjusted.adjustment)
        } else {
            entries = try await store.people(in: group, cycle: cycle.id, jobRole: jobRole)
        }
        return HeatmapPeopleResource(
            cycleID: cycle.id, group: raw, jobRole: jobRole, adjustment: adjustment, entries: entries.filter { policy.canRead($0) && (onlyTeam == nil || $0.teamID == onlyTeam) })
    }
}
