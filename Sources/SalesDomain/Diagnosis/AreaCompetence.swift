/// The *can* side of one seller's diagnosis in one competency area: their consolidated levels
/// against their role's targets on the area's competencies.
///
/// The area's level and target are the means of its profiled competencies' levels and targets,
/// weighted by the role profile's weights, over the competencies that have a consolidated level;
/// so one unrated competency leaves the others to speak, and ``rated`` says how many did.
public struct AreaCompetence: Hashable, Sendable, Codable {
    public var areaKey: String
    /// The area's competencies in the seller's role profile, with their levels where rated.
    public var gaps: [CompetencyGap]

    public init(areaKey: String, gaps: [CompetencyGap]) {
        self.areaKey = areaKey
        self.gaps = gaps
    }

    /// The area's competencies among `gaps` (one seller's gaps over the whole framework).
    public init(area: CompetencyArea, gaps: some Sequence<CompetencyGap>) {
        let competencies = Set(area.competencies.map(\.id))
        self.init(areaKey: area.key, gaps: gaps.filter { competencies.contains($0.competencyID) })
    }

    public var profiled: Int { gaps.count }
    public var rated: Int { gaps.count { $0.level != nil } }

    private var weighted: (level: Double, target: Double)? {
        let rated = gaps.compactMap { gap in gap.level.map { (level: $0, gap: gap) } }
        let totalWeight = rated.reduce(0) { $0 + $1.gap.weight }
        guard totalWeight > 0 else { return nil }
        let level = rated.reduce(0) { $0 + $1.level * $1.gap.weight } / totalWeight
        let target = rated.reduce(0) { $0 + Double($1.gap.targetLevel) * $1.gap.weight } / totalWeight
        return (level, target)
    }

    /// Weighted mean level; `nil` when nothing in the area is rated (or weighs anything).
    public var level: Double? { weighted?.level }
    /// Weighted mean target over the same competencies as ``level``.
    public var target: Double? { weighted?.target }
    /// `level − target`; negative below target.
    public var gap: Double? { weighted.map { $0.level - $0.target } }

    /// Whether the seller can: level ≥ target − tolerance; `nil` without a rated competency.
    public func can(tolerance: Double) -> Bool? {
        gap.map { $0 >= -tolerance - Self.rounding }
    }

    /// Means of whole levels land a hair off their decimal value (2.5 as 2.4999…); a boundary
    /// case must classify as the definition says, so comparisons allow this much.
    static let rounding = 1e-9
}
