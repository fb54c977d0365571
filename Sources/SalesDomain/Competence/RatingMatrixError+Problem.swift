extension RatingMatrixError {
    /// Why there is no agreement, for a reader: the counts, not the targets and raters
    /// themselves, since a matrix names them by whatever identifies them (ids in an exercise).
    /// `description` stays the English for logs and the command line.
    public var problem: Problem {
        switch self {
        case .tooFewTargets(let count): Problem(.agreementTooFewTargets, ["count": String(count)])
        case .tooFewRaters(let count): Problem(.agreementTooFewRaters, ["count": String(count)])
        case .missingScores(let cells): Problem(.agreementScoresMissing, ["count": String(cells.count)])
        case .duplicateScore: Problem(.agreementScoreTwice)
        case .unexpectedScore: Problem(.agreementScoreOutside)
        case .nonFiniteScore: Problem(.agreementScoreNotANumber)
        }
    }
}
