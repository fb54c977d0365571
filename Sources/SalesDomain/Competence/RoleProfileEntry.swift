/// One competency that a role needs: the level a fully proficient holder of the role shows, and
/// how much the competency counts in the role's fit percentage.
public struct RoleProfileEntry: Hashable, Sendable, Codable {
    public var competencyID: Competency.ID
    public var targetLevel: Int
    /// Relative importance; only ratios between the weights of one profile matter.
    public var weight: Double

    public init(competencyID: Competency.ID, targetLevel: Int, weight: Double = 1) {
        self.competencyID = competencyID
        self.targetLevel = targetLevel
        self.weight = weight
    }
}
