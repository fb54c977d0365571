/// Combines submitted ratings into one level per cycle, person and competency.
public enum LevelConsolidation {
    /// The consolidated levels of every (cycle, person, competency) that has submitted ratings.
    ///
    /// Definition, per cycle, person and competency:
    /// - `M` = mean of the manager ratings (normally there is one), `S` = the self-assessment,
    ///   `P` = mean of the peer ratings — peers are averaged first, so that five peers do not
    ///   outweigh one manager five times over;
    /// - with policy weights `w_M`, `w_S`, `w_P`, over the sources present and weighted above 0:
    ///   `level = (w_M·M + w_S·S + w_P·P) / (w_M + w_S + w_P)`.
    ///   A missing source drops out of numerator and denominator alike (the weights are
    ///   renormalized), so a person without peer ratings is not pulled towards 0.
    /// - No level when no weighted source is present: under the default manager-only policy a
    ///   person whose manager has not submitted has no result yet, rather than a self-rating
    ///   passed off as one.
    ///
    /// Drafts are ignored. With `adjustment`, manager and peer ratings are first corrected for
    /// their rater's leniency (``LeniencyAdjustment``) — for organization-wide comparisons.
    ///
    /// Source: Keel's definition (issue 3); weighted-mean consolidation of multi-source
    /// ("360°") ratings with missing sources renormalized.
    public static func consolidate(
        _ ratings: some Sequence<Rating>, policy: ConsolidationPolicy = .managerRating,
        adjustment: LeniencyAdjustment? = nil
    ) -> [ConsolidatedLevel] {
        var groups: [GroupKey: [RatingSource: [Double]]] = [:]
        for rating in ratings where rating.isSubmitted {
            let key = GroupKey(cycleID: rating.cycleID, personID: rating.rateeID, competencyID: rating.competencyID)
            let level = adjustment?.adjustedLevel(of: rating) ?? Double(rating.level)
            groups[key, default: [:]][rating.source, default: []].append(level)
        }
        var result: [ConsolidatedLevel] = []
        for (key, levelsBySource) in groups {
            var weightedSum = 0.0
            var weightTotal = 0.0
            var sources: [RatingSource] = []
            for source in RatingSource.allCases.sorted() {
                let weight = policy.weight(of: source)
                guard weight > 0, let levels = levelsBySource[source], !levels.isEmpty else { continue }
                weightedSum += weight * levels.reduce(0, +) / Double(levels.count)
                weightTotal += weight
                sources.append(source)
            }
            guard weightTotal > 0 else { continue }
            result.append(ConsolidatedLevel(
                cycleID: key.cycleID, personID: key.personID, competencyID: key.competencyID,
                level: weightedSum / weightTotal, sources: sources
            ))
        }
        return result.sorted {
            ($0.cycleID, $0.personID, $0.competencyID) < ($1.cycleID, $1.personID, $1.competencyID)
        }
    }

    private struct GroupKey: Hashable {
        var cycleID: AssessmentCycle.ID
        var personID: Person.ID
        var competencyID: Competency.ID
    }
}
