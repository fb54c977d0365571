/// One rater's score of one target in a calibration: the raw material of agreement and leniency.
///
/// Generic so the same statistics serve people, written cases and (target, competency) pairs.
public struct RatingObservation<Target: Hashable & Sendable, Rater: Hashable & Sendable>: Hashable, Sendable {
    public var target: Target
    public var rater: Rater
    public var score: Double

    public init(target: Target, rater: Rater, score: Double) {
        self.target = target
        self.rater = rater
        self.score = score
    }
}
