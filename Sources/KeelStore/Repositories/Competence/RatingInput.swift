import SalesDomain

/// What a rater enters for one person and competency in a cycle. The store finds the stored
/// rating by cycle, rater, ratee and competency, so saving again edits the same draft.
public struct RatingInput: Hashable, Sendable {
    public var cycleID: AssessmentCycle.ID
    /// The signed-in person giving the rating.
    public var raterID: Person.ID
    public var rateeID: Person.ID
    public var competencyID: Competency.ID
    public var source: RatingSource
    public var level: Int
    public var evidence: String

    public init(
        cycleID: AssessmentCycle.ID, raterID: Person.ID, rateeID: Person.ID, competencyID: Competency.ID,
        source: RatingSource, level: Int, evidence: String = ""
    ) {
        self.cycleID = cycleID
        self.raterID = raterID
        self.rateeID = rateeID
        self.competencyID = competencyID
        self.source = source
        self.level = level
        self.evidence = evidence
    }
}
