/// One group × competency cell of a competence heatmap.
public struct HeatmapCell: Hashable, Sendable, Codable {
    public var group: HeatmapGroup
    public var competencyID: Competency.ID
    public var tally: HeatmapTally

    public init(group: HeatmapGroup, competencyID: Competency.ID, tally: HeatmapTally) {
        self.group = group
        self.competencyID = competencyID
        self.tally = tally
    }

    /// Mean consolidated level of the people in the cell.
    public var meanLevel: Double? { tally.meanLevel }
    /// Share (0–1) of the people with a target who are below it.
    public var belowTargetShare: Double? { tally.belowTargetShare }
    /// People in the cell (with a consolidated level).
    public var count: Int { tally.ratedCount }
}
