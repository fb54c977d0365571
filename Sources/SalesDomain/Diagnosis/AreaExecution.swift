/// The *does* side of one seller's diagnosis in one competency area: how they executed the
/// area's signals in the period.
///
/// The score weights each signal by its volume, as SPEC §3 asks: the mapped activity types
/// count with their planned activities (done on time ÷ planned), each mapped stage with its
/// decided deals (``StageSignal/score``). A signal below the policy's minimum volume is left out
/// and listed in ``missing``; with no signal left there is no score.
public struct AreaExecution: Hashable, Sendable, Codable {
    public var areaKey: String
    /// The mapped activity types' planned and on-time counts, added up.
    public var activities: ExecutionRate
    /// Per mapped activity type, for the evidence.
    public var activitiesByType: [ActivityType: ExecutionRate]
    public var stages: [StageSignal]
    public var score: Double?
    public var missing: [MissingEvidence]

    public init(
        signals: AreaSignals, executionByType: [ActivityType: ExecutionRate], conversionByStage: [DealStage: StageConversion],
        referenceByStage: [DealStage: StageConversion], policy: DiagnosisPolicy
    ) {
        areaKey = signals.areaKey
        var byType: [ActivityType: ExecutionRate] = [:]
        for type in Set(signals.activityTypes) { byType[type] = executionByType[type] ?? ExecutionRate() }
        activitiesByType = byType
        activities = byType.values.reduce(into: ExecutionRate()) { $0.add($1) }
        stages = signals.stages.map { stage in
            StageSignal(
                stage: stage, seller: conversionByStage[stage] ?? StageConversion(stage: stage),
                reference: referenceByStage[stage] ?? StageConversion(stage: stage))
        }

        var missing: [MissingEvidence] = []
        var weightedScore = 0.0
        var weight = 0
        if signals.isEmpty { missing.append(.noSignalsMapped) }
        if !signals.activityTypes.isEmpty {
            if activities.planned >= policy.minimumPlannedActivities {
                weightedScore += Double(activities.doneOnTime)
                weight += activities.planned
            } else {
                missing.append(.tooFewPlannedActivities(planned: activities.planned, minimum: policy.minimumPlannedActivities))
            }
        }
        for signal in stages {
            if signal.decided >= policy.minimumDecidedDeals, let score = signal.score {
                weightedScore += score * Double(signal.decided)
                weight += signal.decided
            } else {
                missing.append(.tooFewDecidedDeals(stage: signal.stage, decided: signal.decided, minimum: policy.minimumDecidedDeals))
            }
        }
        score = weight == 0 ? nil : weightedScore / Double(weight)
        self.missing = missing
    }

    /// Whether the seller does: score ≥ threshold; `nil` without a score.
    public func does(threshold: Double) -> Bool? {
        score.map { $0 >= threshold - AreaCompetence.rounding }
    }

    /// Planned activities of the area's types not done on time: the non-execution that
    /// obstacles may explain.
    public var shortfall: Int { activities.planned - activities.doneOnTime }
}
