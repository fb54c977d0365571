/// Teams or markets against competencies: where the organization is strong, and where people
/// fall short of their role's targets.
public struct CompetenceHeatmap: Hashable, Sendable, Codable {
    public var grouping: HeatmapRowKind
    /// Only cells with at least one person, ordered by group then competency.
    public var cells: [HeatmapCell]

    public init(grouping: HeatmapRowKind, cells: [HeatmapCell]) {
        self.grouping = grouping
        self.cells = cells
    }

    /// Aggregates people's consolidated levels by group and competency.
    ///
    /// Definition, for group `g` and competency `c`, over the people `p` in `g` (optionally only
    /// those whose job role is `jobRole`) who have a consolidated level `L_pc`:
    ///
    ///     count          = |{p}|
    ///     mean level     = Σ_p L_pc / count
    ///     below target   = |{p : T_pc exists, L_pc < T_pc}| / |{p : T_pc exists}|
    ///
    /// A person counts in a competency only with a level: an unrated person is unknown, not
    /// below target. The share's denominator is the people whose role profile sets a target
    /// for `c`, since "below target" means nothing without one. People without a team (market)
    /// form the ``HeatmapGroup/unassigned`` row.
    ///
    /// Source: Keel's definition (issue 3: "mean consolidated level and share below target").
    public init(entries: some Sequence<HeatmapEntry>, grouping: HeatmapRowKind, jobRole: JobRole? = nil) {
        var tallies: [CellKey: HeatmapTally] = [:]
        for entry in entries where jobRole == nil || entry.jobRole == jobRole {
            let group = entry.group(by: grouping)
            for (competencyID, level) in entry.levels {
                tallies[CellKey(group: group, competencyID: competencyID), default: .empty]
                    += HeatmapTally(level: level, target: entry.targets[competencyID])
            }
        }
        self.grouping = grouping
        self.cells = tallies
            .map { HeatmapCell(group: $0.key.group, competencyID: $0.key.competencyID, tally: $0.value) }
            .sorted { ($0.group, $0.competencyID) < ($1.group, $1.competencyID) }
    }

    public func cell(_ group: HeatmapGroup, _ competencyID: Competency.ID) -> HeatmapCell? {
        cells.first { $0.group == group && $0.competencyID == competencyID }
    }

    /// The groups that have at least one cell, in order.
    public var groups: [HeatmapGroup] {
        var seen: Set<HeatmapGroup> = []
        return cells.map(\.group).filter { seen.insert($0).inserted }
    }

    private struct CellKey: Hashable {
        var group: HeatmapGroup
        var competencyID: Competency.ID
    }
}
