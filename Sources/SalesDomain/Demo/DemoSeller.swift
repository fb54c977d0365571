/// One seller as the demo execution generator sees them: who they are, who reviews their
/// postponements, and which deliberate pattern (if any) their year shows.
///
/// Small and complete on purpose: a store generating 10,000 sellers in batches keeps only
/// this list in memory and asks ``DemoExecutionGenerator/execution(for:)`` for one seller at a
/// time.
public struct DemoSeller: Hashable, Sendable {
    public var personID: Person.ID
    public var teamID: Team.ID?
    public var jobRole: JobRole
    /// The market's ISO code (`SE`, `NO` …), for believable account names; `nil` without a market.
    public var marketCode: String?
    /// The manager of the seller's team, who reviews their postponements; `nil` when the team
    /// has none, and then nothing of theirs is reviewed.
    public var managerID: Person.ID?
    /// Pattern 1, "can but don't": drops prospecting far more in high-load weeks than in normal
    /// ones (see ``DemoExecutionPatterns/prospectingDroppers``).
    public var dropsProspectingUnderLoad: Bool
    /// Pattern 2, a structural obstacle: the seller is in the team whose deals wait in one stage
    /// for a reason outside their control (see ``DemoStructuralObstacle``).
    public var facesStructuralObstacle: Bool
    /// Pattern 3, a coached behaviour that moves: until this day of the span the seller drops
    /// prospecting as a dropper does under load, in every week; from it (when their coaching on
    /// prospecting starts) they prospect like everyone else (see ``DemoCoachedSeller``).
    public var prospectingCoachedFromDay: Int?
    /// The effective impact cohort (``DemoImpactCohorts``): from this day of the span the seller
    /// does every planned activity of the prospecting area in its week.
    public var prospectingAreaOnTimeFromDay: Int?

    public init(
        personID: Person.ID, teamID: Team.ID?, jobRole: JobRole, marketCode: String?, managerID: Person.ID?,
        dropsProspectingUnderLoad: Bool = false, facesStructuralObstacle: Bool = false, prospectingCoachedFromDay: Int? = nil,
        prospectingAreaOnTimeFromDay: Int? = nil
    ) {
        self.personID = personID
        self.teamID = teamID
        self.jobRole = jobRole
        self.marketCode = marketCode
        self.managerID = managerID
        self.dropsProspectingUnderLoad = dropsProspectingUnderLoad
        self.facesStructuralObstacle = facesStructuralObstacle
        self.prospectingCoachedFromDay = prospectingCoachedFromDay
        self.prospectingAreaOnTimeFromDay = prospectingAreaOnTimeFromDay
    }
}
