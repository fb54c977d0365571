/// Everything the diagnosis reads of one seller for one period: their competence against
/// their role (from the latest closed assessment) and their execution, as counts.
public struct SellerEvidence: Hashable, Sendable, Codable {
    public var personID: Person.ID
    /// The seller's role-profile competencies across the framework, with consolidated levels
    /// where the assessment has them; empty when no role profile applies.
    public var gaps: [CompetencyGap]
    /// Planned activities and those done on time, per activity type, in the period.
    public var executionByType: [ActivityType: ExecutionRate]
    /// The seller's deals' conversion per stage, for deals that entered it in the period.
    public var conversionByStage: [DealStage: StageConversion]
    /// Planned activities not done on time whose postponement a manager verified as an
    /// obstacle, per activity type and reason.
    public var verifiedObstacles: [ActivityType: [ReasonCode: Int]]
    /// The seller's open deals that are stalled now, per stage.
    public var stalledDeals: [DealStage: Int]

    public init(
        personID: Person.ID, gaps: [CompetencyGap] = [], executionByType: [ActivityType: ExecutionRate] = [:],
        conversionByStage: [DealStage: StageConversion] = [:], verifiedObstacles: [ActivityType: [ReasonCode: Int]] = [:],
        stalledDeals: [DealStage: Int] = [:]
    ) {
        self.personID = personID
        self.gaps = gaps
        self.executionByType = executionByType
        self.conversionByStage = conversionByStage
        self.verifiedObstacles = verifiedObstacles
        self.stalledDeals = stalledDeals
    }

    /// Of the area's shortfall, what verified obstacles explain, per reason — at most the
    /// shortfall itself, as an activity postponed for a real reason may still have been late
    /// for another.
    func explainedShortfall(of execution: AreaExecution, signals: AreaSignals) -> (explained: Int, byReason: [ReasonCode: Int]) {
        var byReason: [ReasonCode: Int] = [:]
        for type in Set(signals.activityTypes) {
            for (reason, count) in verifiedObstacles[type] ?? [:] { byReason[reason, default: 0] += count }
        }
        return (min(execution.shortfall, byReason.values.reduce(0, +)), byReason)
    }
}
