import Foundation
import SalesDomain

extension CompetenceStore {
    /// The heatmap screen for one viewer: the query's rows resolved by the domain's rule
    /// (``HeatmapQuery/rows(for:teams:)``), the cells read from the tallies (or corrected for
    /// leniency), and the report kept to what the policy lets the viewer read.
    ///
    /// Throws ``RecordNotFound`` for an unknown cycle and ``HeatmapQuery/Refusal`` when the
    /// viewer may not see the rows asked for.
    public func heatmapReport(_ query: HeatmapQuery, for policy: AccessPolicy) async throws -> HeatmapReport {
        guard let cycle = try await cycleSummary(query.cycle) else {
            throw RecordNotFound(entity: "assessment cycle", id: query.cycle.description)
        }
        let teams = try await directory.teams()
        let rows = try query.rows(for: policy, teams: teams)
        let calibration = try await latestClosedCalibration(framework: cycle.framework.frameworkID)
        let cells: [HeatmapCell]
        var adjustment: LeniencyAdjustment?
        if query.adjustsForLeniency {
            guard let calibration else { throw HeatmapQuery.Refusal.noMeasuredLeniency }
            let adjusted = try await adjustedHeatmap(cycle: query.cycle, rows: rows, jobRole: query.jobRole, exercise: calibration)
            cells = adjusted.heatmap.cells
            adjustment = adjusted.adjustment
        } else {
            cells = try await heatmap(cycle: query.cycle, rows: rows, jobRole: query.jobRole).cells
        }
        return HeatmapReport(
            query: query, rows: rows, cells: cells, teams: teams, markets: try await directory.markets(), policy: policy,
            calibration: calibration, adjustment: adjustment)
    }
}
