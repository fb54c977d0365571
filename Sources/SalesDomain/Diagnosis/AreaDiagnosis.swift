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

/// One seller's diagnosis in every area of the framework version.
public struct SellerDiagnosis: Hashable, Sendable, Codable {
    public var personID: Person.ID
    public var areas: [AreaDiagnosis]

    public init(personID: Person.ID, areas: [AreaDiagnosis]) {
        self.personID = personID
        self.areas = areas
    }

    public func area(_ key: String) -> AreaDiagnosis? { areas.first { $0.areaKey == key } }

    /// The most urgent verdict among the areas, for sorting a manager's list.
    public var mostUrgent: AreaVerdict? { areas.map(\.verdict).min { $0.attentionRank < $1.attentionRank } }
}
