/// How much more generously (positive) or severely (negative) one rater scores than the other
/// raters of the same targets.
public struct RaterLeniency<Rater: Hashable & Sendable>: Hashable, Sendable {
    public var rater: Rater
    /// Mean deviation in scale levels; positive = lenient, negative = severe.
    public var leniency: Double
    /// Targets this rater shares with at least one other rater, i.e. how much the figure rests on.
    public var comparedTargetCount: Int

    public init(rater: Rater, leniency: Double, comparedTargetCount: Int) {
        self.rater = rater
        self.leniency = leniency
        self.comparedTargetCount = comparedTargetCount
    }

    /// Every rater's leniency, in the order raters first appear.
    ///
    /// Definition: for rater `r` and each target `t` that `r` and at least one other rater
    /// scored,
    ///
    ///     d_rt = x_rt − mean_{r' ≠ r} x_r't
    ///     leniency_r = mean_t d_rt
    ///
    /// Comparing with the *other* raters (leave-one-out) keeps a rater's own score from pulling
    /// the reference towards it, which would understate leniency most in small panels. Unlike
    /// the ICC, this needs no complete matrix: targets only one rater scored are skipped, and a
    /// rater with no shared target is left out. Repeated scores of one rater on one target are
    /// averaged first.
    ///
    /// Source: SPEC §1 "each rater's leniency/severity (mean deviation from the other raters on
    /// the same targets)"; the leave-one-out rater-mean deviation of rater-effects analysis.
    public static func estimate<Target: Hashable & Sendable>(
        from observations: some Sequence<RatingObservation<Target, Rater>>
    ) -> [RaterLeniency] {
        var raterOrder: [Rater] = []
        var seenRaters: Set<Rater> = []
        var scores: [Target: [Rater: (sum: Double, count: Int)]] = [:]
        for observation in observations where observation.score.isFinite {
            if seenRaters.insert(observation.rater).inserted { raterOrder.append(observation.rater) }
            let previous = scores[observation.target]?[observation.rater] ?? (0, 0)
            scores[observation.target, default: [:]][observation.rater] = (previous.sum + observation.score, previous.count + 1)
        }
        var deviations: [Rater: [Double]] = [:]
        for byRater in scores.values where byRater.count >= 2 {
            let means = byRater.mapValues { $0.sum / Double($0.count) }
            let total = means.values.reduce(0, +)
            for (rater, score) in means {
                let othersMean = (total - score) / Double(means.count - 1)
                deviations[rater, default: []].append(score - othersMean)
            }
        }
        return raterOrder.compactMap { rater in
            guard let own = deviations[rater], !own.isEmpty else { return nil }
            return RaterLeniency(rater: rater, leniency: own.reduce(0, +) / Double(own.count), comparedTargetCount: own.count)
        }
    }
}

extension RaterLeniency: Codable where Rater: Codable {}
