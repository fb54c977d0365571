/// Corrects ratings for their rater's measured leniency, for comparisons across the whole
/// organization where different managers rate different people. Pages that use it say so.
public struct LeniencyAdjustment: Hashable, Sendable {
    /// Leniency per rater in scale levels, as measured by ``RaterLeniency`` in a calibration.
    public var leniencyByRater: [Person.ID: Double]
    public var scale: RatingScale

    public init(leniencyByRater: [Person.ID: Double], scale: RatingScale) {
        self.leniencyByRater = leniencyByRater
        self.scale = scale
    }

    public init(_ leniencies: some Sequence<RaterLeniency<Person.ID>>, scale: RatingScale) {
        self.init(
            leniencyByRater: Dictionary(leniencies.map { ($0.rater, $0.leniency) }, uniquingKeysWith: { first, _ in first }),
            scale: scale
        )
    }

    /// `clamp(level − leniency_r, 1, max)`: the level rater `r` would have given had they been
    /// as strict as their peers in calibration, kept on the scale. Raters without a measured
    /// leniency are left as they are.
    ///
    /// Source: SPEC §1 "optional adjustment of scores for rater leniency"; the additive
    /// rater-severity correction, the simplest model in which a rater shifts every score by a
    /// constant (which is also what ICC(2,·) counts against agreement and ICC(3,·) ignores).
    public func adjustedLevel(_ level: Double, ratedBy rater: Person.ID) -> Double {
        guard let leniency = leniencyByRater[rater] else { return level }
        return scale.clamped(level - leniency)
    }

    /// The rating's level, adjusted when it is a manager's or a peer's. Self-assessments are
    /// left alone: leniency is measured on how someone rates others, which says nothing about
    /// how they rate themselves.
    public func adjustedLevel(of rating: Rating) -> Double {
        rating.source == .selfAssessment
            ? Double(rating.level)
            : adjustedLevel(Double(rating.level), ratedBy: rating.raterID)
    }
}
