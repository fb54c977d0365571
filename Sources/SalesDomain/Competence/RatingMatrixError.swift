/// Why a set of scores cannot be analysed as an n targets × k raters matrix.
public enum RatingMatrixError<Target: Hashable & Sendable, Rater: Hashable & Sendable>: Error, Hashable, CustomStringConvertible {
    /// One target and one rater position in the matrix.
    public struct Cell: Hashable, Sendable {
        public var target: Target
        public var rater: Rater

        public init(target: Target, rater: Rater) {
            self.target = target
            self.rater = rater
        }
    }

    /// Agreement between targets needs at least 2 of them (n − 1 degrees of freedom).
    case tooFewTargets(count: Int)
    /// Agreement between raters needs at least 2 of them (k − 1 degrees of freedom).
    case tooFewRaters(count: Int)
    /// Some raters did not score some targets. The Shrout–Fleiss mean squares are defined for a
    /// complete design only; either collect the missing scores or exclude those targets.
    case missingScores([Cell])
    /// A rater scored a target twice, so it is unclear which score counts.
    case duplicateScore(Cell)
    /// A score for a target or rater not among those the matrix was asked to hold.
    case unexpectedScore(Cell)
    case nonFiniteScore(Cell)

    public var description: String {
        switch self {
        case .tooFewTargets(let count):
            "agreement needs at least 2 targets rated by every rater; there are \(count)"
        case .tooFewRaters(let count):
            "agreement needs at least 2 raters; there are \(count)"
        case .missingScores(let cells):
            "\(cells.count) score(s) missing: every rater must score every target "
                + "(first missing: target \(cells[0].target), rater \(cells[0].rater)); "
                + "collect them or exclude the incomplete targets"
        case .duplicateScore(let cell):
            "rater \(cell.rater) scored target \(cell.target) more than once"
        case .unexpectedScore(let cell):
            "a score by rater \(cell.rater) on target \(cell.target) is outside the exercise"
        case .nonFiniteScore(let cell):
            "rater \(cell.rater)'s score on target \(cell.target) is not a number"
        }
    }
}
