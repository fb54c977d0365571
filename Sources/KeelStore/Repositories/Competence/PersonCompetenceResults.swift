import SalesDomain

/// A person's results in one cycle: per competency, fit to the role profile, blind spots, and
/// their own comment.
public struct PersonCompetenceResults: Hashable, Sendable {
    public var cycleID: AssessmentCycle.ID
    public var personID: Person.ID
    /// One per competency with a submitted rating, in framework order.
    public var competencies: [CompetencyResult]
    /// The profile the gaps and the fit are measured against; `nil` when none applies.
    public var profile: RoleProfile?
    /// ``RoleFit`` of the consolidated levels to `profile`.
    public var fit: RoleFit?
    /// Self against manager, |difference| ≥ 1 (``BlindSpot``).
    public var blindSpots: [BlindSpot]
    public var comment: ResultComment?

    public init(
        cycleID: AssessmentCycle.ID, personID: Person.ID, competencies: [CompetencyResult], profile: RoleProfile?, fit: RoleFit?,
        blindSpots: [BlindSpot], comment: ResultComment?
    ) {
        self.cycleID = cycleID
        self.personID = personID
        self.competencies = competencies
        self.profile = profile
        self.fit = fit
        self.blindSpots = blindSpots
        self.comment = comment
    }
}
