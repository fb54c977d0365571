import Foundation
import KeelStore
import SalesDomain
import Vapor

/// A heatmap row's group: `{"kind": "team", "id": …}`, `market`, or `unassigned`.
struct HeatmapGroupResource: Content {
    var kind: String
    var id: UUID?

    init(_ group: HeatmapGroup) {
        switch group {
        case .team(let team): kind = "team"; id = team.rawValue
        case .market(let market): kind = "market"; id = market.rawValue
        case .unassigned: kind = "unassigned"; id = nil
        }
    }
}

/// One group × competency cell: mean consolidated level, share of those with a target who are
/// below it, how many people are behind it and how many participants the row has (rated or not).
struct HeatmapCellResource: Content {
    var group: HeatmapGroupResource
    var competencyID: UUID
    var meanLevel: Double?
    var belowTargetShare: Double?
    var ratedCount: Int
    var inScope: Int

    init(_ cell: HeatmapCell, inScope: Int) {
        group = HeatmapGroupResource(cell.group)
        competencyID = cell.competencyID.rawValue
        meanLevel = cell.meanLevel
        belowTargetShare = cell.belowTargetShare
        ratedCount = cell.count
        self.inScope = inScope
    }
}

/// The organization's total per competency: the heatmap's bottom row.
struct HeatmapTotalResource: Content {
    var competencyID: UUID
    var meanLevel: Double?
    var belowTargetShare: Double?
    var ratedCount: Int
    var inScope: Int
}

/// One row of the heatmap and its participants, listed even when nobody in it is rated yet.
struct HeatmapRowScopeResource: Content {
    var group: HeatmapGroupResource
    var inScope: Int
}

/// Which calibration exercise's leniencies corrected an adjusted heatmap.
struct LeniencyAdjustmentResource: Content {
    var exerciseID: UUID
    var exerciseName: String
    var closedAt: Date?
    var raterCount: Int
}

extension LeniencyAdjustmentResource {
    init(_ exercise: CalibrationExercise, _ adjustment: LeniencyAdjustment) {
        self.init(exerciseID: exercise.id.rawValue, exerciseName: exercise.name, closedAt: exercise.closedAt,
                  raterCount: adjustment.leniencyByRater.count)
    }
}

/// A cycle's heatmap, team × competency or market × competency (SPEC §1).
struct HeatmapResource: Content {
    var cycleID: UUID
    var rows: String
    var team: UUID?
    var jobRole: String?
    /// Whether manager ratings were corrected for rater leniency before consolidating.
    var adjusted: Bool
    var adjustment: LeniencyAdjustmentResource?
    var cells: [HeatmapCellResource]
    /// Every row with its participants, rated or not.
    var groups: [HeatmapRowScopeResource]
    /// Per competency, the sum of the rows in `cells`: everyone this caller sees in the heatmap.
    var total: [HeatmapTotalResource]

    init(cycleID: UUID, rows: String, team: UUID?, jobRole: String?, adjusted: Bool, adjustment: LeniencyAdjustmentResource?,
         cells: [HeatmapCellResource], groups: [HeatmapRowScopeResource], total: [HeatmapTotalResource]) {
        self.cycleID = cycleID
        self.rows = rows
        self.team = team
        self.jobRole = jobRole
        self.adjusted = adjusted
        self.adjustment = adjustment
        self.cells = cells
        self.groups = groups
        self.total = total
    }

    init(_ report: HeatmapReport) {
        let cells = report.lines.flatMap { line in
            line.cells.map { (HeatmapCell(group: line.group, competencyID: $0.key, tally: $0.value), line.inScope) }
        }
        self.init(
            cycleID: report.query.cycle.rawValue, rows: report.rows.kind.rawValue, team: report.rows.parent?.rawValue,
            jobRole: report.query.jobRole?.rawValue, adjusted: report.adjustment != nil,
            adjustment: report.calibration.flatMap { exercise in report.adjustment.map { LeniencyAdjustmentResource(exercise, $0) } },
            cells: cells.sorted { ($0.0.group, $0.0.competencyID) < ($1.0.group, $1.0.competencyID) }.map(HeatmapCellResource.init),
            groups: report.lines.sorted { $0.group < $1.group }.map { HeatmapRowScopeResource(group: HeatmapGroupResource($0.group), inScope: $0.inScope) },
            total: Self.totals(report.total, inScope: report.totalInScope))
    }

    static func totals(_ tallies: [Competency.ID: HeatmapTally], inScope: Int) -> [HeatmapTotalResource] {
        tallies.sorted { $0.key < $1.key }.map {
            HeatmapTotalResource(competencyID: $0.key.rawValue, meanLevel: $0.value.meanLevel,
                                 belowTargetShare: $0.value.belowTargetShare, ratedCount: $0.value.ratedCount, inScope: inScope)
        }
    }
}

/// The people behind a heatmap row, with their levels and targets.
struct HeatmapPeopleResource: Content {
    struct Level: Content {
        var competencyID: UUID
        var level: Double?
        var targetLevel: Int?
    }

    struct Entry: Content {
        var personID: UUID
        /// `false` for a participant nobody has a consolidated level for yet (no levels).
        var rated: Bool
        var jobRole: String
        var teamID: UUID?
        var marketID: UUID?
        var levels: [Level]
    }

    var cycleID: UUID
    var group: String
    var jobRole: String?
    /// Whether the levels of people rated by a calibrated rater were corrected for leniency.
    var adjusted: Bool
    var adjustment: LeniencyAdjustmentResource?
    var people: [Entry]

    init(cycleID: AssessmentCycle.ID, group: String, jobRole: JobRole?, adjustment: LeniencyAdjustmentResource?, entries: [HeatmapEntry]) {
        self.cycleID = cycleID.rawValue
        self.group = group
        self.jobRole = jobRole?.rawValue
        adjusted = adjustment != nil
        self.adjustment = adjustment
        people = entries.map { entry in
            let competencies = Set(entry.levels.keys).union(entry.targets.keys).sorted()
            return Entry(
                personID: entry.personID.rawValue, rated: entry.isRated, jobRole: entry.jobRole.rawValue, teamID: entry.teamID?.rawValue,
                marketID: entry.marketID?.rawValue,
                levels: competencies.map { Level(competencyID: $0.rawValue, level: entry.levels[$0], targetLevel: entry.targets[$0]) })
        }
    }
}
