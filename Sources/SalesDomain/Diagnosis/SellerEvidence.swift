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
    /// obstacle, per activity type (``WeeklyActivityTally/lateForVerifiedObstacle``).
    public var lateForVerifiedObstacle: [ActivityType: Int]
    /// The seller's postponements verified as obstacles in the period, per reason: what a
    /// finding names as its causes.
    public var verifiedObstacleReasons: [ReasonCode: Int]
    /// The seller's open deals that are stalled now, per stage.
    public var stalledDeals: [DealStage: Int]
    /// All the seller's postponements in the period, per reason: the start pages' share of
    /// excuse-prone reasons.
    public var postponementsByReason: [ReasonCode: Int]

    public init(
        personID: Person.ID, gaps: [CompetencyGap] = [], executionByType: [ActivityType: ExecutionRate] = [:],
        conversionByStage: [DealStage: StageConversion] = [:], lateForVerifiedObstacle: [ActivityType: Int] = [:],
        verifiedObstacleReasons: [ReasonCode: Int] = [:], stalledDeals: [DealStage: Int] = [:],
        postponementsByReason: [ReasonCode: Int] = [:]
    ) {
        self.personID = personID
        self.gaps = gaps
        self.executionByType = executionByType
        self.conversionByStage = conversionByStage
        self.lateForVerifiedObstacle = lateForVerifiedObstacle
        self.verifiedObstacleReasons = verifiedObstacleReasons
        self.stalledDeals = stalledDeals
        self.postponementsByReason = postponementsByReason
    }

    /// Every planned activity of every type, and those done on time.
    public var execution: ExecutionRate {
        executionByType.values.reduce(into: ExecutionRate()) { $0.add($1) }
    }

    /// Of the area's shortfall, what verified obstacles explain — at most the shortfall itself,
    /// so a count from another source can never explain more than went undone.
    func explainedShortfall(of execution: AreaExecution, signals: AreaSignals) -> Int {
        min(execution.shortfall, Set(signals.activityTypes).reduce(0) { $0 + (lateForVerifiedObstacle[$1] ?? 0) })
    }
}
