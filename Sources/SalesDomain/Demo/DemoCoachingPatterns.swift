/// The deliberate patterns in a generated year of coaching (issue: "a manager who only does
/// pipeline reviews; a team whose action items are rarely followed up; a seller whose coached
/// KPI moves"), and who shows them.
public struct DemoCoachingPatterns: Hashable, Sendable {
    /// Holds only pipeline reviews: the balance of session types shows four kinds never used.
    /// The second coach in the organization's order, never the one who coaches the coached seller.
    public var pipelineOnlyCoach: Person.ID?
    /// The team of the third coach: its next steps are mostly carried over or not done.
    public var neglectedFollowUpTeam: Team.ID?
    /// Coached on on-time prospecting for the last 16 weeks, which then moves (pattern 3 of
    /// the execution history).
    public var coachedSeller: DemoCoachedSeller?

    public init(pipelineOnlyCoach: Person.ID?, neglectedFollowUpTeam: Team.ID?, coachedSeller: DemoCoachedSeller?) {
        self.pipelineOnlyCoach = pipelineOnlyCoach
        self.neglectedFollowUpTeam = neglectedFollowUpTeam
        self.coachedSeller = coachedSeller
    }
}
