import FluentKit
import Foundation
import SalesDomain
import SQLKit

extension CompetenceStore {
    /// A cycle's heatmap (mean consolidated level and share below target per group and
    /// competency), read from the tallies alone: a handful of rows per group, however many people
    /// and ratings are behind them. `jobRole` limits it to the people in one role.
    public func heatmap(cycle: AssessmentCycle.ID, rows: HeatmapRows, jobRole: JobRole? = nil) async throws -> CompetenceHeatmap {
        guard try await cycleModel(cycle) != nil else {
            throw RecordNotFound(entity: "assessment cycle", id: cycle.description)
        }
        switch rows {
        case .teams(let parent):
            let childIDs = try await directory.childTeamIDs(of: parent)
            let groups = childIDs + (parent.map { [$0] } ?? [])
            let tallies = try await CompetenceTallyRows.read(
                cycle: cycle, kinds: [.team] + (parent == nil ? [.withoutTeam] : []),
                groupIDs: groups.map(\.rawValue) + (parent == nil ? [org] : []), jobRole: jobRole, organization: org, on: sql)
            var cells: [HeatmapCell] = []
            for child in childIDs {
                cells += Self.cells(.team(child), tallies[.team(child)])
            }
            if let parent, var own = tallies[.team(parent)] {
                // The parent's tally covers its whole subtree; what its children don't hold is
                // its own members'.
                for child in childIDs {
                    for (competency, tally) in tallies[.team(child)] ?? [:] { own[competency]? -= tally }
                }
                cells += Self.cells(.team(parent), own.filter { $0.value.ratedCount > 0 })
            }
            cells += Self.cells(.unassigned, tallies[.withoutTeam])
            return CompetenceHeatmap(grouping: .teams, cells: cells.sorted { ($0.group, $0.competencyID) < ($1.group, $1.competencyID) })
        case .markets:
            let tallies = try await CompetenceTallyRows.read(
                cycle: cycle, kinds: [.market, .withoutMarket], groupIDs: nil,
                jobRole: jobRole, organization: org, on: sql)
            let cells = tallies.flatMap { group, byCompetency in
                switch group {
                case .market(let market): Self.cells(.market(market), byCompetency)
                default: Self.cells(.unassigned, byCompetency)
                }
            }
            return CompetenceHeatmap(grouping: .markets, cells: cells.sorted { ($0.group, $0.competencyID) < ($1.group, $1.competencyID) })
        }
    }

    /// The whole organization's tally per competency in a cycle: the heatmap's total row.
    public func organizationTallies(cycle: AssessmentCycle.ID, jobRole: JobRole? = nil) async throws -> [Competency.ID: HeatmapTally] {
        guard try await cycleModel(cycle) != nil else {
            throw RecordNotFound(entity: "assessment cycle", id: cycle.description)
        }
        return try await CompetenceTallyRows.read(
            cycle: cycle, kinds: [.organization], groupIDs: [org], jobRole: jobRole, organization: org, on: sql
        )[.organization] ?? [:]
    }

    /// The people behind a heatmap row with their consolidated levels and targets, by person id:
    /// the drill-down. Read from the result rows, never from ratings.
    public func people(in group: CompetenceGroup, cycle: AssessmentCycle.ID, jobRole: JobRole? = nil) async throws -> [HeatmapEntry] {
        guard try await cycleModel(cycle) != nil else {
            throw RecordNotFound(entity: "assessment cycle", id: cycle.description)
        }
        func query() -> SQLSelectBuilder {
            var query = sql.select().from(CompetenceResultRow.table)
                .where("organization_id", .equal, org).where("cycle_id", .equal, cycle.rawValue)
            if let jobRole { query = query.where("job_role", .equal, jobRole.rawValue) }
            return query
        }
        var rows: [StoredResultRow] = []
        switch group {
        case .team(let team):
            let subtree = try await directory.subtree(of: team)
            for chunk in subtree.map(\.rawValue).chunked(into: 500) {
                rows += try await StoredResultRow.all(query().where("team_id", .in, Array(chunk)))
            }
        case .market(let market):
            rows = try await StoredResultRow.all(query().where("market_id", .equal, market.rawValue))
        case .organization:
            rows = try await StoredResultRow.all(query())
        case .withoutTeam:
            rows = try await StoredResultRow.all(query().where("team_id", .is, SQLLiteral.null))
        case .withoutMarket:
            rows = try await StoredResultRow.all(query().where("market_id", .is, SQLLiteral.null))
        }
        return Dictionary(grouping: rows.map(\.row), by: \.personID)
            .map { personID, rows in
                let placement = rows[0].placement
                return HeatmapEntry(
                    personID: personID, jobRole: placement.jobRole, teamID: placement.teamID, marketID: placement.marketID,
                    levels: Dictionary(rows.compactMap { row in row.level.map { (row.competencyID, $0) } }, uniquingKeysWith: { first, _ in first }),
                    targets: Dictionary(rows.compactMap { row in row.targetLevel.map { (row.competencyID, $0) } }, uniquingKeysWith: { first, _ in first }))
            }
            .sorted { $0.personID < $1.personID }
    }

    private static func cells(_ group: HeatmapGroup, _ tallies: [Competency.ID: HeatmapTally]?) -> [HeatmapCell] {
        (tallies ?? [:]).map { HeatmapCell(group: group, competencyID: $0.key, tally: $0.value) }
    }
}
