extension HeatmapEntry {
    /// The people of a heatmap row as the leniency-adjusted heatmap counts them
    /// (``LeniencyAdjustedTallies``), so that the row and the people behind it agree.
    ///
    /// Definition: a person with a submitted rating in `ratings` gets, in place of their stored levels,
    /// ``LevelConsolidation/consolidate(_:policy:adjustment:)`` of their ratings under the
    /// cycle's `policy`, manager (and peer) ratings first corrected by `adjustment`; a
    /// competency without an adjusted level is dropped. Everyone else keeps their levels, which is
    /// right when none of their raters has a measured leniency. `ratings` must therefore hold
    /// every submitted rating of each person it names. Placement and targets never change.
    public static func adjustingForLeniency(
        _ entries: [HeatmapEntry], ratings: some Collection<Rating>, policy: ConsolidationPolicy, adjustment: LeniencyAdjustment
    ) -> [HeatmapEntry] {
        var adjusted: [Person.ID: [Competency.ID: Double]] = [:]
        var rated: Set<Person.ID> = []
        for rating in ratings where rating.isSubmitted { rated.insert(rating.rateeID) }
        for level in LevelConsolidation.consolidate(ratings, policy: policy, adjustment: adjustment) {
            adjusted[level.personID, default: [:]][level.competencyID] = level.level
        }
        return entries.map { entry in
            guard rated.contains(entry.personID) else { return entry }
            var entry = entry
            entry.levels = adjusted[entry.personID] ?? [:]
            return entry
        }
    }
}
