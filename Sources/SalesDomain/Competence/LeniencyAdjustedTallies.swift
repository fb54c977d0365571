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

    /// The tallies of ``tallies(ratings:policy:adjustment:targets:groups:)`` for everyone,
    /// obtained from the stored, unadjusted tallies by re-counting only the people an adjustment
    /// can move: those rated by a rater with a measured leniency. For a calibration of a dozen
    /// managers that is their reports, not the organization.
    ///
    /// Definition: for every group `g` and competency `c`,
    /// `adjusted(g, c) = stored(g, c) − Σ_p T(level_p,c, target_p,c) + Σ_p T(adjusted_p,c, target_p,c)`
    /// over the affected people `p` counted in `g`, where `T` is one person's contribution
    /// (``HeatmapTally/init(level:target:)``), `level` their stored (unadjusted) consolidated level
    /// (`storedLevels`) and `adjusted` the level ``tallies(ratings:policy:adjustment:targets:groups:)``
    /// gives them from `ratings`, which must hold every submitted rating of theirs. Cells left
    /// with nobody in them are dropped.
    public static func correcting<Group: Hashable & Sendable>(
        _ stored: [Group: [Competency.ID: HeatmapTally]], storedLevels: [Person.ID: [Competency.ID: Double]],
        ratings: some Sequence<Rating>, policy: ConsolidationPolicy, adjustment: LeniencyAdjustment,
        targets: [Person.ID: [Competency.ID: Int]], groups: [Person.ID: [Group]]
    ) -> [Group: [Competency.ID: HeatmapTally]] {
        var result = stored
        for (person, levels) in storedLevels {
            for group in groups[person] ?? [] {
                for (competency, level) in levels {
                    result[group, default: [:]][competency, default: .empty] -= HeatmapTally(level: level, target: targets[person]?[competency])
                }
            }
        }
        let affectedRatings = ratings.filter { storedLevels[$0.rateeID] != nil }
        for (group, byCompetency) in tallies(ratings: affectedRatings, policy: policy, adjustment: adjustment, targets: targets, groups: groups) {
            for (competency, tally) in byCompetency {
                result[group, default: [:]][competency, default: .empty] += tally
            }
        }
        return result.compactMapValues { cells in
            let occupied = cells.filter { $0.value.ratedCount > 0 }
            return occupied.isEmpty ? nil : occupied
        }
    }
}
