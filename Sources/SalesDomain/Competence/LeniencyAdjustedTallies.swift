/// Heatmap tallies from ratings corrected for rater leniency — the organization-wide comparison
/// of SPEC §1 ("optional adjustment of scores for rater leniency"), where different managers
/// rate different people and a lenient manager's team would otherwise look stronger.
public enum LeniencyAdjustedTallies {
    /// Per group and competency, the tally of the people's leniency-adjusted levels.
    ///
    /// Definition: each person's level on each competency is
    /// ``LevelConsolidation/consolidate(_:policy:adjustment:)`` of their submitted ratings under
    /// the cycle's `policy`, with manager (and peer) ratings first corrected by `adjustment`
    /// (`clamp(level − leniency_rater, 1, max)`, ``LeniencyAdjustment``); self-assessments are
    /// not corrected. The adjusted level then counts in every group `groups` names for the person,
    /// with the person's target (`targets`), exactly as an unadjusted result counts in the
    /// stored tallies (``HeatmapTally/init(level:target:)``). People without a group are left
    /// out; so are competencies without a consolidated level.
    public static func tallies<Group: Hashable & Sendable>(
        ratings: some Sequence<Rating>, policy: ConsolidationPolicy, adjustment: LeniencyAdjustment,
        targets: [Person.ID: [Competency.ID: Int]], groups: [Person.ID: [Group]]
    ) -> [Group: [Competency.ID: HeatmapTally]] {
        var result: [Group: [Competency.ID: HeatmapTally]] = [:]
        for level in LevelConsolidation.consolidate(ratings, policy: policy, adjustment: adjustment) {
            guard let personGroups = groups[level.personID], !personGroups.isEmpty else { continue }
            let contribution = HeatmapTally(level: level.level, target: targets[level.personID]?[level.competencyID])
            for group in personGroups {
                result[group, default: [:]][level.competencyID, default: .empty] += contribution
            }
        }
        return result
    }
}
