import Foundation
import KeelStore
import SalesDomain
import Vapor

/// `GET /api/v1/competence/cycles/{cycleID}/heatmap` and its drill-down: team × competency or
/// market × competency (SPEC §1), limited to what the caller may see. Managers ask for the
/// teams under their own team (or one below it); the top-level teams and the markets need the
/// whole organization, except that a market leader gets their own markets' rows.
enum HeatmapAPIController {
    static func register(on competence: any RoutesBuilder) {
        competence.on(.GET, "cycles", ":cycleID", "heatmap", access: .signedIn(.readOthers), use: heatmap)
        competence.on(.GET, "cycles", ":cycleID", "heatmap", "people", access: .signedIn(.readOthers), use: people)
    }

    struct Parameters: Decodable {
        var rows: String?
        var team: String?
        var adjust: String?
    }

    enum Adjustment: String, CaseIterable {
        case leniency
    }

    enum Rows: String, CaseIterable {
        case teams, markets
    }

    @Sendable
    static func heatmap(_ request: Request) async throws -> HeatmapResource {
        let cycle = try await request.assessmentCycle()
        let parameters = try request.query.decode(Parameters.self)
        let jobRole = try request.jobRoleFilter()
        let policy = try await request.policy()
        let rows: HeatmapRows
        switch try parseEnum(Rows.self, parameters.rows ?? "teams", field: "rows") {
        case .teams:
            if let raw = parameters.team {
                guard let id = Team.ID(uuidString: raw) else {
                    throw APIError(.badRequest, code: "invalid_value", message: "'\(raw)' is not a team id", field: "team")
                }
                rows = .teams(under: try await request.visibleTeam(id).id)
            } else {
                guard policy.canReadOrganization else { throw APIError.forbidden }
                rows = .teams(under: nil)
            }
        case .markets:
            guard policy.canReadOrganization || policy.scope.isMarkets else { throw APIError.forbidden }
            rows = .markets
        }
        let adjust = try parameters.adjust.map { try parseEnum(Adjustment.self, $0, field: "adjust") }

        let store = try request.competence
        var cells: [HeatmapCell]
        var organization: [Competency.ID: HeatmapTally]?
        var adjustment: LeniencyAdjustmentResource?
        if adjust == .leniency {
            let exercise = try await request.leniencyExercise(for: cycle)
            let adjusted = try await store.adjustedHeatmap(cycle: cycle.id, rows: rows, jobRole: jobRole, exercise: exercise)
            cells = adjusted.heatmap.cells
            organization = adjusted.organization
            adjustment = LeniencyAdjustmentResource(exercise, adjusted.adjustment)
        } else {
            cells = try await store.heatmap(cycle: cycle.id, rows: rows, jobRole: jobRole).cells
            if policy.canReadOrganization {
                organization = try await store.organizationTallies(cycle: cycle.id, jobRole: jobRole)
            }
        }
        if !policy.canReadOrganization {
            // A market leader's market rows are their markets'; nobody else gets this far without
            // organization reach, and their team rows are inside a team they may see.
            cells = cells.filter { cell in
                switch cell.group {
                case .market(let market): policy.canRead(market: market)
                case .team: true
                case .unassigned: false
                }
            }
            organization = nil
        }
        return HeatmapResource(
            cycleID: cycle.id.rawValue, rows: rows.name, team: rows.parent?.rawValue, jobRole: jobRole?.rawValue,
            adjusted: adjustment != nil, adjustment: adjustment, cells: cells.map(HeatmapCellResource.init),
            organization: organization.map(HeatmapResource.totals))
    }

    /// The people behind one row: `group=team:<id>`, `market:<id>` or `organization`, each
    /// person filtered by whether the caller may see them.
    @Sendable
    static func people(_ request: Request) async throws -> HeatmapPeopleResource {
        let cycle = try await request.assessmentCycle()
        let jobRole = try request.jobRoleFilter()
        let policy = try await request.policy()
        let raw = (try? request.query.get(String.self, at: "group")) ?? ""
        let group: CompetenceGroup
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
                           message: "'\(raw)' is not a heatmap row; use team:<id>, market:<id> or organization", field: "group")
        }
        let store = try request.competence
        let adjust = try request.query.decode(Parameters.self).adjust.map { try parseEnum(Adjustment.self, $0, field: "adjust") }
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
            cycleID: cycle.id, group: raw, jobRole: jobRole, adjustment: adjustment, entries: entries.filter(policy.canRead))
    }
}

extension HeatmapRows {
    var name: String {
        switch self {
        case .teams: "teams"
        case .markets: "markets"
        }
    }

    var parent: Team.ID? {
        switch self {
        case .teams(let parent): parent
        case .markets: nil
        }
    }
}

extension AccessScope {
    /// A leader limited to some markets.
    var isMarkets: Bool {
        if case .markets = self { return true }
        return false
    }
}
