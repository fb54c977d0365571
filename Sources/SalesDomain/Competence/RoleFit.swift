/// How well a person's consolidated levels match their role profile.
public struct RoleFit: Hashable, Sendable, Codable {
    /// One gap per profile entry, in profile order.
    public var gaps: [CompetencyGap]
    /// Weighted fit to the profile in percent (0–100); `nil` when no profile competency is rated.
    public var fitPercent: Double?
    /// The share (0–1) of the profile's weight that has a consolidated level, so that a fit
    /// computed from half the profile is read as such.
    public var ratedWeightShare: Double

    /// Definition, over the profile's competencies `c` that have a consolidated level `L_c`,
    /// with target `T_c` and weight `w_c`:
    ///
    ///     gap_c = L_c − T_c
    ///     fit % = 100 · Σ w_c · min(L_c / T_c, 1) / Σ w_c
    ///     rated weight share = Σ_rated w_c / Σ_all w_c
    ///
    /// Levels above target count as exactly on target (`min(…, 1)`), so strength in one
    /// competency cannot hide a gap in another. Unrated competencies are left out of both sums
    /// rather than counted as 0, because a missing rating says nothing about ability; the rated
    /// weight share tells how much of the profile the figure covers. Targets are ≥ 1 (the
    /// bottom of every scale), so the ratio is always defined.
    ///
    /// Source: Keel's definition (issue 3).
    public init(levels: [Competency.ID: Double], profile: RoleProfile) {
        gaps = profile.entries.map { entry in
            CompetencyGap(
                competencyID: entry.competencyID, targetLevel: entry.targetLevel, weight: entry.weight,
                level: levels[entry.competencyID]
            )
        }
        var weightedFit = 0.0
        var ratedWeight = 0.0
        var totalWeight = 0.0
        for gap in gaps {
            totalWeight += gap.weight
            guard let level = gap.level, gap.targetLevel > 0 else { continue }
            weightedFit += gap.weight * min(level / Double(gap.targetLevel), 1)
            ratedWeight += gap.weight
        }
        fitPercent = ratedWeight > 0 ? 100 * weightedFit / ratedWeight : nil
        ratedWeightShare = totalWeight > 0 ? ratedWeight / totalWeight : 0
    }
}
