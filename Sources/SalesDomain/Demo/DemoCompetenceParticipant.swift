/// One person assessed in the generated cycles, with who rates them and which deliberate
/// pattern (if any) their ratings show.
///
/// Small and complete on purpose, like ``DemoSeller``: a store seeding 10,000 sellers keeps
/// only this list and asks ``DemoCompetenceGenerator/ratings(for:)`` for one person at a time.
public struct DemoCompetenceParticipant: Hashable, Sendable {
    public var personID: Person.ID
    public var teamID: Team.ID?
    public var marketID: Market.ID?
    public var jobRole: JobRole
    /// The manager who rates them: the manager of their team, or of the nearest team above it.
    public var managerID: Person.ID?
    /// Up to three colleagues of the same team who rate them as peers; empty for most.
    public var peerIDs: [Person.ID]
    /// Rates themselves one or two levels above their manager: blind spots.
    public var overestimates: Bool
    /// The competencies on which the person gets better by about a level per cycle; empty for
    /// those who do not improve.
    public var improvingCompetencyIDs: [Competency.ID]
    /// In the team whose manager ratings fall below target in one area.
    public var inLowTeam: Bool

    public init(
        personID: Person.ID, teamID: Team.ID?, marketID: Market.ID?, jobRole: JobRole, managerID: Person.ID?,
        peerIDs: [Person.ID] = [], overestimates: Bool = false, improvingCompetencyIDs: [Competency.ID] = [],
        inLowTeam: Bool = false
    ) {
        self.personID = personID
        self.teamID = teamID
        self.marketID = marketID
        self.jobRole = jobRole
        self.managerID = managerID
        self.peerIDs = peerIDs
        self.overestimates = overestimates
        self.improvingCompetencyIDs = improvingCompetencyIDs
        self.inLowTeam = inLowTeam
    }
}
