/// The one level a person holds on a competency in a cycle, combined from that cycle's submitted
/// ratings by ``LevelConsolidation``.
public struct ConsolidatedLevel: Hashable, Sendable, Codable {
    public var cycleID: AssessmentCycle.ID
    public var personID: Person.ID
    public var competencyID: Competency.ID
    /// On the framework's scale, but not necessarily whole: it may be a mean.
    public var level: Double
    /// The sources that contributed (had a rating and a weight above 0), manager first.
    public var sources: [RatingSource]

    public init(
        cycleID: AssessmentCycle.ID, personID: Person.ID, competencyID: Competency.ID, level: Double,
        sources: [RatingSource]
    ) {
        self.cycleID = cycleID
        self.personID = personID
        self.competencyID = competencyID
        self.level = level
        self.sources = sources
    }
}

extension Sequence<ConsolidatedLevel> {
    /// One person's levels in one cycle, keyed by competency — the input of ``RoleFit`` and the
    /// heatmap.
    public func levels(of personID: Person.ID, in cycleID: AssessmentCycle.ID) -> [Competency.ID: Double] {
        var levels: [Competency.ID: Double] = [:]
        for consolidated in self where consolidated.personID == personID && consolidated.cycleID == cycleID {
            levels[consolidated.competencyID] = consolidated.level
        }
        return levels
    }
}
