/// A competency where a person sees themselves clearly differently from how their manager sees
/// them — the starting point of a coaching conversation, not a verdict.
public struct BlindSpot: Hashable, Sendable, Codable {
    public enum Direction: String, Hashable, Sendable, Codable {
        /// The person rates themselves higher than their manager does.
        case overEstimation = "over_estimation"
        /// The person rates themselves lower than their manager does.
        case underEstimation = "under_estimation"
    }

    public var cycleID: AssessmentCycle.ID
    public var personID: Person.ID
    public var competencyID: Competency.ID
    public var selfLevel: Double
    public var managerLevel: Double
    /// `selfLevel − managerLevel`.
    public var difference: Double
    public var direction: Direction

    public init(
        cycleID: AssessmentCycle.ID, personID: Person.ID, competencyID: Competency.ID, selfLevel: Double,
        managerLevel: Double
    ) {
        self.cycleID = cycleID
        self.personID = personID
        self.competencyID = competencyID
        self.selfLevel = selfLevel
        self.managerLevel = managerLevel
        self.difference = selfLevel - managerLevel
        self.direction = selfLevel > managerLevel ? .overEstimation : .underEstimation
    }

    /// The blind spots in a set of ratings.
    ///
    /// Definition, per cycle, person and competency with both a submitted self-assessment `S`
    /// and submitted manager rating(s) with mean `M`:
    ///
    ///     d = S − M
    ///     d ≥ +threshold → over-estimation,  d ≤ −threshold → under-estimation
    ///
    /// with `threshold` = 1 level by default (SPEC §1: |self − manager| ≥ 1). Raw ratings are
    /// compared, never leniency-adjusted ones: the conversation is about what the two people
    /// actually said. A tolerance of 10⁻⁹ keeps a mean such as 3.0000000001 from hiding a
    /// difference of exactly one level.
    ///
    /// Source: SPEC §1 "self-vs-manager blind spots"; the self–other agreement idea of
    /// multi-source feedback research.
    public static func find(in ratings: some Sequence<Rating>, threshold: Double = 1) -> [BlindSpot] {
        var selfLevels: [GroupKey: [Int]] = [:]
        var managerLevels: [GroupKey: [Int]] = [:]
        for rating in ratings where rating.isSubmitted {
            let key = GroupKey(cycleID: rating.cycleID, personID: rating.rateeID, competencyID: rating.competencyID)
            switch rating.source {
            case .selfAssessment: selfLevels[key, default: []].append(rating.level)
            case .manager: managerLevels[key, default: []].append(rating.level)
            case .peer: break
            }
        }
        var spots: [BlindSpot] = []
        for (key, selfRatings) in selfLevels {
            guard let managerRatings = managerLevels[key], !managerRatings.isEmpty else { continue }
            let spot = between(
                selfLevel: Double(selfRatings.reduce(0, +)) / Double(selfRatings.count),
                managerLevel: Double(managerRatings.reduce(0, +)) / Double(managerRatings.count),
                cycleID: key.cycleID, personID: key.personID, competencyID: key.competencyID, threshold: threshold
            )
            if let spot { spots.append(spot) }
        }
        return spots.sorted {
            ($0.cycleID, $0.personID, $0.competencyID) < ($1.cycleID, $1.personID, $1.competencyID)
        }
    }

    /// The blind spot between a self-assessment level and a (mean) manager level, or `nil` when
    /// they are less than `threshold` apart — the rule of ``find(in:threshold:)`` for callers
    /// that keep the two levels rather than the ratings (the store's result rollups).
    public static func between(
        selfLevel: Double, managerLevel: Double, cycleID: AssessmentCycle.ID, personID: Person.ID,
        competencyID: Competency.ID, threshold: Double = 1
    ) -> BlindSpot? {
        let tolerance = 1e-9
        let threshold = max(threshold, tolerance)
        let difference = selfLevel - managerLevel
        guard difference >= threshold - tolerance || difference <= -threshold + tolerance else { return nil }
        return BlindSpot(
            cycleID: cycleID, personID: personID, competencyID: competencyID, selfLevel: selfLevel, managerLevel: managerLevel
        )
    }

    private struct GroupKey: Hashable {
        var cycleID: AssessmentCycle.ID
        var personID: Person.ID
        var competencyID: Competency.ID
    }
}
