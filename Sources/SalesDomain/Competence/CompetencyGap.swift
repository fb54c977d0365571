/// How far a person's consolidated level is from their role's target on one competency.
public struct CompetencyGap: Hashable, Sendable, Codable {
    public var competencyID: Competency.ID
    public var targetLevel: Int
    public var weight: Double
    /// `nil` when the competency has no consolidated level yet.
    public var level: Double?

    public init(competencyID: Competency.ID, targetLevel: Int, weight: Double, level: Double?) {
        self.competencyID = competencyID
        self.targetLevel = targetLevel
        self.weight = weight
        self.level = level
    }

    /// `level − target`: negative below target, positive above it.
    public var gap: Double? { level.map { $0 - Double(targetLevel) } }

    public var isBelowTarget: Bool? { level.map { $0 < Double(targetLevel) } }
}
