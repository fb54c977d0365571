/// The deliberate patterns hidden in the generated assessments, and who shows them, so a demo
/// script (or a test) can point at them instead of searching.
public struct DemoCompetencePatterns: Hashable, Sendable {
    /// Sellers who rate themselves one or two levels above their manager on every competency:
    /// their results show over-estimation blind spots (``BlindSpot``). Every seventh
    /// participant, starting with the first, so the demo's seller login is one of them.
    public var overestimators: [Person.ID]
    /// Sellers whose ability rises by a level per cycle on half of their profile's competencies
    /// (``DemoCompetenceParticipant/improvingCompetencyIDs``): a positive ``CompetencyTrend``.
    /// Every fourth participant, starting with the second.
    public var improvers: [Person.ID]
    /// The team whose manager rates everyone two levels lower in one area, so the team shows
    /// below target in that area of the heatmap while its siblings do not.
    public var lowTeam: DemoLowTeam?
    /// In the calibration exercise, the rater who scores about a level above the others …
    public var lenientRater: Person.ID?
    /// … and the one who scores about a level below them.
    public var harshRater: Person.ID?

    public init(
        overestimators: [Person.ID], improvers: [Person.ID], lowTeam: DemoLowTeam?, lenientRater: Person.ID?,
        harshRater: Person.ID?
    ) {
        self.overestimators = overestimators
        self.improvers = improvers
        self.lowTeam = lowTeam
        self.lenientRater = lenientRater
        self.harshRater = harshRater
    }
}

/// The team that falls short in one area.
public struct DemoLowTeam: Hashable, Sendable {
    public var teamID: Team.ID
    public var areaKey: String
    /// The area's competencies that the team's role profiles name.
    public var competencyIDs: [Competency.ID]

    public init(teamID: Team.ID, areaKey: String, competencyIDs: [Competency.ID]) {
        self.teamID = teamID
        self.areaKey = areaKey
        self.competencyIDs = competencyIDs
    }
}
