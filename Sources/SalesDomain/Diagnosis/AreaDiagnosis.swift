/// One seller's diagnosis in one competency area, with the evidence it rests on.
public struct AreaDiagnosis: Hashable, Sendable, Codable {
    public var competence: AreaCompetence
    public var execution: AreaExecution
    public var verdict: AreaVerdict
    /// Why the verdict is ``AreaVerdict/notEnoughData`` — or, beside a verdict, which signals
    /// were too thin to count.
    public var missing: [MissingEvidence]

    public init(competence: AreaCompetence, execution: AreaExecution, verdict: AreaVerdict, missing: [MissingEvidence]) {
        self.competence = competence
        self.execution = execution
        self.verdict = verdict
        self.missing = missing
    }

    public var areaKey: String { competence.areaKey }

    /// The quadrant from the two sides alone, before structural findings; missing evidence on
    /// either side gives ``AreaVerdict/notEnoughData``.
    static func classify(competence: AreaCompetence, execution: AreaExecution, policy: DiagnosisPolicy) -> AreaDiagnosis {
        var missing: [MissingEvidence] = []
        let can = competence.can(tolerance: policy.tolerance)
        if can == nil { missing.append(competence.profiled == 0 ? .notInRoleProfile : .noAssessment) }
        let does = execution.does(threshold: policy.executionThreshold)
        missing += execution.missing
        let verdict: AreaVerdict = if let can, let does { .quadrant(can: can, does: does) } else { .notEnoughData }
        return AreaDiagnosis(competence: competence, execution: execution, verdict: verdict, missing: missing)
    }
}

/// One seller's diagnosis in every area of their role, with the overall figures the start
/// pages set beside it.
public struct SellerDiagnosis: Hashable, Sendable, Codable {
    public var personID: Person.ID
    public var areas: [AreaDiagnosis]
    /// Every planned activity of the period, of any type, and those done on time.
    public var execution: ExecutionRate
    public var stalledDeals: Int
    public var postponementsByReason: [ReasonCode: Int]

    public init(
        personID: Person.ID, areas: [AreaDiagnosis], execution: ExecutionRate = ExecutionRate(), stalledDeals: Int = 0,
        postponementsByReason: [ReasonCode: Int] = [:]
    ) {
        self.personID = personID
        self.areas = areas
        self.execution = execution
        self.stalledDeals = stalledDeals
        self.postponementsByReason = postponementsByReason
    }

    /// Level − target over every rated competency of the role, weighted by the profile: one
    /// number for "how far from the role", `nil` without a rated competency.
    public var competenceGap: Double? {
        let rated = areas.flatMap(\.competence.gaps).compactMap { gap in gap.gap.map { (gap: $0, weight: gap.weight) } }
        let weight = rated.reduce(0) { $0 + $1.weight }
        return weight > 0 ? rated.reduce(0) { $0 + $1.gap * $1.weight } / weight : nil
    }

    public func area(_ key: String) -> AreaDiagnosis? { areas.first { $0.areaKey == key } }

    /// The most urgent verdict among the areas, for sorting a manager's list.
    public var mostUrgent: AreaVerdict? { areas.map(\.verdict).min { $0.attentionRank < $1.attentionRank } }
}
