import Foundation
import SalesDomain
import SQLKit

extension CompetenceStore {
    /// The heatmap screen for one viewer: the query's rows resolved by the domain's rule
    /// (``HeatmapQuery/rows(for:teams:)``), the role left open resolved to the one most of the
    /// viewer's participants in those rows hold, the cells read from the tallies (or corrected for
    /// leniency), the participants counted per row as each cell's "in scope"
    /// (``HeatmapScope``), and the report kept to what the policy lets the viewer read.
    ///
    /// Throws ``RecordNotFound`` for an unknown cycle and ``HeatmapQuery/Refusal`` when the
    /// viewer may not see the rows asked for.
    public func heatmapReport(_ asked: HeatmapQuery, for policy: AccessPolicy) async throws -> HeatmapReport {
        guard let cycle = try await cycle(asked.cycle) else {
            throw RecordNotFound(entity: "assessment cycle", id: asked.cycle.description)
        }
        let teams = try await directory.teams()
        let rows = try asked.rows(for: policy, teams: teams)
        let parentOf = HeatmapScope.parents(teams)
        let inRows = try await directory.people(ids: cycle.participantIDs)
            .filter { policy.canRead($0) && HeatmapScope.group(of: $0, rows: rows, parentOf: parentOf) != nil }
        let rated = try await ratedPeople(cycle: cycle.id, among: inRows.filter { !$0.isActive }.map(\.id))
        let participants = inRows.filter { HeatmapScope.isInScope($0, rated: rated.contains($0.id)) }
        let query = asked.resolvingRoles(participants: participants)
        let inScope = HeatmapScope.counts(
            of: participants.filter { query.jobRole == nil || $0.jobRole == query.jobRole }, rows: rows, teams: teams)
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
            inScope: inScope, calibration: calibration, adjustment: adjustment)
    }

    /// Which of `people` have a consolidated level on any competency of the cycle: asked only for
    /// the deactivated participants, who stay in scope only when rated.
    func ratedPeople(cycle: AssessmentCycle.ID, among people: [Person.ID]) async throws -> Set<Person.ID> {
        var rated: Set<Person.ID> = []
        for chunk in people.map(\.rawValue).chunked(into: 500) {
            let ids = try await sql.select().distinct().column("person_id").from(CompetenceResultRow.table)
                .where("organization_id", .equal, org).where("cycle_id", .equal, cycle.rawValue)
                .where("level", .isNot, SQLLiteral.null).where("person_id", .in, Array(chunk))
                .all(decodingColumn: "person_id", as: UUID.self)
            rated.formUnion(ids.map(Person.ID.init))
        }
        return rated
    }
}
