import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// A heatmap whose manager ratings were corrected for rater leniency, and the exercise that
/// measured it.
public struct AdjustedCompetenceHeatmap: Sendable {
    public var heatmap: CompetenceHeatmap
    public var exercise: CalibrationExercise
    public var adjustment: LeniencyAdjustment
}

extension CompetenceStore {
    /// The most recently closed calibration exercise on a framework (any of its versions): the
    /// one whose leniencies adjust that framework's heatmaps. Leniencies from another framework
    /// would be on another scale and about other competencies.
    public func latestClosedCalibration(framework: CompetencyFramework.ID) async throws -> CalibrationExercise? {
        try await calibrationExercises()
            .filter { $0.closedAt != nil && $0.framework.frameworkID == framework }
            .max { ($0.closedAt!, $0.id) < ($1.closedAt!, $1.id) }
    }

    /// The heatmap of ``heatmap(cycle:rows:jobRole:)`` with every rater's leniency, as measured
    /// in `exercise`, taken out before consolidating.
    ///
    /// Only the people rated by a calibrated rater can move, so this reads the stored tallies as
    /// the plain heatmap does and re-counts just those people from their ratings
    /// (``LeniencyAdjustedTallies/correcting(_:storedLevels:ratings:policy:adjustment:targets:groups:)``):
    /// the work follows the size of the calibration — a dozen managers' reports — not of the
    /// organization.
    public func adjustedHeatmap(
        cycle cycleID: AssessmentCycle.ID, rows: HeatmapRows, jobRole: JobRole? = nil, exercise: CalibrationExercise
    ) async throws -> AdjustedCompetenceHeatmap {
        let correction = try await leniencyCorrection(cycle: cycleID, exercise: exercise)
        var results: [CompetenceResultRow] = []
        for people in Array(correction.affected).chunked(into: Self.idsPerStatement) {
            var resultQuery = sql.select().from(CompetenceResultRow.table)
                .where("organization_id", .equal, org).where("cycle_id", .equal, cycleID.rawValue)
                .where("person_id", .in, Array(people))
            if let jobRole { resultQuery = resultQuery.where("job_role", .equal, jobRole.rawValue) }
            results += try await StoredResultRow.all(resultQuery).map(\.row)
        }
        let ratings = try await correction.ratings(of: correction.affected, on: self)

        var stored: [HeatmapGroup: [Competency.ID: HeatmapTally]] = [:]
        for cell in try await heatmap(cycle: cycleID, rows: rows, jobRole: jobRole).cells {
            stored[cell.group, default: [:]][cell.competencyID] = cell.tally
        }
        let rowGroup = try await rowGroups(rows)
        var storedLevels: [Person.ID: [Competency.ID: Double]] = [:]
        var targets: [Person.ID: [Competency.ID: Int]] = [:]
        var groups: [Person.ID: [HeatmapGroup]] = [:]
        for row in results {
            if let level = row.level { storedLevels[row.personID, default: [:]][row.competencyID] = level }
            if let target = row.targetLevel { targets[row.personID, default: [:]][row.competencyID] = target }
            if groups[row.personID] == nil {
                groups[row.personID] = rowGroup(row.placement).map { [$0] } ?? []
            }
        }
        let tallies = LeniencyAdjustedTallies.correcting(
            stored, storedLevels: storedLevels, ratings: ratings, policy: correction.policy, adjustment: correction.adjustment,
            targets: targets, groups: groups)
        let cells = tallies.flatMap { group, byCompetency in
            byCompetency.map { HeatmapCell(group: group, competencyID: $0.key, tally: $0.value) }
        }
        return AdjustedCompetenceHeatmap(
            heatmap: CompetenceHeatmap(grouping: rows.kind, cells: cells.sorted { ($0.group, $0.competencyID) < ($1.group, $1.competencyID) }),
            exercise: exercise, adjustment: correction.adjustment)
    }

    /// The drill-down of ``people(in:cycle:jobRole:)`` with the levels the adjusted heatmap
    /// counts (``HeatmapEntry/adjustingForLeniency(_:ratings:policy:adjustment:)``): only the
    /// people a calibrated rater rated are re-consolidated, from their ratings.
    public func adjustedPeople(
        in group: CompetenceGroup, cycle cycleID: AssessmentCycle.ID, jobRole: JobRole? = nil, exercise: CalibrationExercise
    ) async throws -> (entries: [HeatmapEntry], adjustment: LeniencyAdjustment) {
        let entries = try await people(in: group, cycle: cycleID, jobRole: jobRole)
        let correction = try await leniencyCorrection(cycle: cycleID, exercise: exercise)
        let affected = correction.affected.intersection(entries.map(\.personID.rawValue))
        let ratings = try await correction.ratings(of: affected, on: self)
        let adjusted = HeatmapEntry.adjustingForLeniency(
            entries, ratings: ratings, policy: correction.policy, adjustment: correction.adjustment)
        return (adjusted, correction.adjustment)
    }

    /// What correcting a cycle for leniency needs: its policy, the exercise's leniencies, and the
    /// people whose weighted ratings came from a rater with a leniency other than 0.
    private struct LeniencyCorrection {
        var cycle: AssessmentCycle.ID
        var policy: ConsolidationPolicy
        var adjustment: LeniencyAdjustment
        /// The sources the policy weighs, as stored.
        var weighted: [String]
        var affected: Set<UUID>

        /// Every weighted, submitted rating of `people` in the cycle.
        func ratings(of people: Set<UUID>, on store: CompetenceStore) async throws -> [Rating] {
            var ratings: [Rating] = []
            for chunk in Array(people).chunked(into: CompetenceStore.idsPerStatement) {
                ratings += try await RatingRows.all(store.sql.select().from(RatingModel.schema)
                    .where("organization_id", .equal, store.org).where("cycle_id", .equal, cycle.rawValue)
                    .where("submitted_at", .isNot, SQLLiteral.null).where("source", .in, weighted)
                    .where("ratee_id", .in, Array(chunk)))
            }
            return ratings
        }
    }

    private func leniencyCorrection(cycle cycleID: AssessmentCycle.ID, exercise: CalibrationExercise) async throws -> LeniencyCorrection {
        guard let cycleModel = try await cycleModel(cycleID) else {
            throw RecordNotFound(entity: "assessment cycle", id: cycleID.description)
        }
        let policy = try cycleModel.policy
        let (_, framework) = try await requireVersion(try await reference(ofVersion: cycleModel.frameworkVersionID))
        // The leniencies alone: the exercise's agreement is not needed here.
        let adjustment = LeniencyAdjustment(exercise.leniency(try await calibrationScores(of: exercise)), scale: framework.scale)
        let weighted = RatingSource.allCases.filter { policy.weight(of: $0) > 0 }.map(\.rawValue)
        let calibrated = adjustment.leniencyByRater.filter { $0.value != 0 }.map(\.key.rawValue)
        var affected: Set<UUID> = []
        for raters in calibrated.chunked(into: Self.idsPerStatement) {
            // Not DISTINCT: SQLite then walks the whole cycle in the ratee index to get the ids in
            // order, rather than the few raters' ratings through the rater index.
            affected.formUnion(try await rateesQuery(cycle: cycleID, raters: Array(raters), sources: weighted)
                .all(decoding: RateeColumn.self).map(\.ratee_id))
        }
        return LeniencyCorrection(cycle: cycleID, policy: policy, adjustment: adjustment, weighted: weighted, affected: affected)
    }

    /// The people whose weighed, submitted ratings in a cycle came from these raters: a read
    /// through the `ratings_by_rater` index (`QueryPlanStoreTests`).
    func rateesQuery(cycle: AssessmentCycle.ID, raters: [UUID], sources: [String]) -> SQLSelectBuilder {
        sql.select().column("ratee_id").from(RatingModel.schema)
            .where("organization_id", .equal, org).where("cycle_id", .equal, cycle.rawValue)
            .where("submitted_at", .isNot, SQLLiteral.null).where("source", .in, sources)
            .where("rater_id", .in, raters)
    }

    private struct RateeColumn: Decodable {
        var ratee_id: UUID
    }

    /// Ids bound per statement, well under SQLite's variable limit.
    static let idsPerStatement = 500

    /// The heatmap row a person counts in, as ``HeatmapRows`` defines the rows; `nil` for someone
    /// outside them (a team heatmap of one part of the organization).
    private func rowGroups(_ rows: HeatmapRows) async throws -> @Sendable (CompetencePlacement) -> HeatmapGroup? {
        switch rows {
        case .markets:
            return { placement in placement.marketID.map(HeatmapGroup.market) ?? .unassigned }
        case .teams(let parent):
            let hierarchy = try await directory.hierarchy()
            let children = Set(try await directory.childTeamIDs(of: parent))
            return { placement in
                guard let team = placement.teamID else { return parent == nil ? .unassigned : nil }
                let chain = [team] + hierarchy.ancestors(of: team)
                if let child = chain.first(where: children.contains) { return .team(child) }
                if let parent, chain.contains(parent) { return .team(parent) }
                return nil
            }
        }
    }
}
