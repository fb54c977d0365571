import SalesDomain

/// The results page's answer for one viewer: a person's results in a cycle (or why the viewer
/// waits for them), the framework that names the competencies and the trend across closed cycles.
public struct CompetenceResultsScreen: Sendable {
    public var cycle: AssessmentCycleSummary
    /// Every cycle's name, for the trend's points.
    public var cycleNames: [AssessmentCycle.ID: String]
    public var framework: CompetencyFramework
    public var person: Person
    /// `nil` while the viewer is the person and the cycle is still open.
    public var results: PersonCompetenceResults?
    /// Why `results` is `nil`: the refusal the API answers with 409, shown in their place.
    public var withheld: Problem?
    /// One per competency the person has a level in across the closed cycles.
    public var trends: [CompetencyTrend]
    /// Whether the viewer is the person, who alone comments on the results.
    public var viewerIsPerson: Bool

    public init(
        cycle: AssessmentCycleSummary, cycleNames: [AssessmentCycle.ID: String], framework: CompetencyFramework, person: Person,
        results: PersonCompetenceResults?, withheld: Problem?, trends: [CompetencyTrend], viewerIsPerson: Bool
    ) {
        self.cycle = cycle
        self.cycleNames = cycleNames
        self.framework = framework
        self.person = person
        self.results = results
        self.withheld = withheld
        self.trends = trends
        self.viewerIsPerson = viewerIsPerson
    }
}
