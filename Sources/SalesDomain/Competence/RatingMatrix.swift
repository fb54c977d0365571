/// A complete n targets × k raters table of scores: every rater scored every target once.
///
/// This is the design the Shrout & Fleiss (1979) intraclass correlations are defined for; the
/// initializers refuse anything else with a ``RatingMatrixError`` that says what is missing.
public struct RatingMatrix<Target: Hashable & Sendable, Rater: Hashable & Sendable>: Hashable, Sendable {
    /// What to do with targets that some raters did not score.
    public enum IncompleteTargets: Hashable, Sendable {
        /// Throw ``RatingMatrixError/missingScores(_:)`` listing every missing cell.
        case refuse
        /// Leave those targets out and analyse the complete rest (still at least 2 targets).
        case exclude
    }

    public let targets: [Target]
    public let raters: [Rater]
    /// `scores[i][j]` is rater `raters[j]`'s score of target `targets[i]`.
    public let scores: [[Double]]
    /// Targets left out under ``IncompleteTargets/exclude``.
    public let excludedTargets: [Target]

    public var targetCount: Int { targets.count }
    public var raterCount: Int { raters.count }

    /// Builds the matrix from loose observations, with targets and raters in the given order.
    public init(
        targets: [Target], raters: [Rater], observations: some Sequence<RatingObservation<Target, Rater>>,
        incompleteTargets: IncompleteTargets = .refuse
    ) throws(RatingMatrixError<Target, Rater>) {
        let targetIndex = Dictionary(targets.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let raterIndex = Dictionary(raters.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var grid = [[Double?]](repeating: [Double?](repeating: nil, count: raters.count), count: targets.count)
        for observation in observations {
            let cell = RatingMatrixError<Target, Rater>.Cell(target: observation.target, rater: observation.rater)
            guard let i = targetIndex[observation.target], let j = raterIndex[observation.rater] else {
                throw .unexpectedScore(cell)
            }
            guard observation.score.isFinite else { throw .nonFiniteScore(cell) }
            guard grid[i][j] == nil else { throw .duplicateScore(cell) }
            grid[i][j] = observation.score
        }
        try self.init(targets: targets, raters: raters, grid: grid, incompleteTargets: incompleteTargets)
    }

    /// Builds the matrix with targets and raters in the order they first appear.
    public init(
        observations: some Sequence<RatingObservation<Target, Rater>>, incompleteTargets: IncompleteTargets = .refuse
    ) throws(RatingMatrixError<Target, Rater>) {
        var targets: [Target] = []
        var raters: [Rater] = []
        var seenTargets: Set<Target> = []
        var seenRaters: Set<Rater> = []
        let observations = Array(observations)
        for observation in observations {
            if seenTargets.insert(observation.target).inserted { targets.append(observation.target) }
            if seenRaters.insert(observation.rater).inserted { raters.append(observation.rater) }
        }
        try self.init(targets: targets, raters: raters, observations: observations, incompleteTargets: incompleteTargets)
    }

    private init(
        targets: [Target], raters: [Rater], grid: [[Double?]], incompleteTargets: IncompleteTargets
    ) throws(RatingMatrixError<Target, Rater>) {
        guard raters.count >= 2 else { throw .tooFewRaters(count: raters.count) }
        var keptTargets: [Target] = []
        var keptScores: [[Double]] = []
        var excluded: [Target] = []
        var missing: [RatingMatrixError<Target, Rater>.Cell] = []
        for (i, target) in targets.enumerated() {
            let row = grid[i].compactMap { $0 }
            if row.count == raters.count {
                keptTargets.append(target)
                keptScores.append(row)
            } else {
                excluded.append(target)
                for (j, rater) in raters.enumerated() where grid[i][j] == nil {
                    missing.append(.init(target: target, rater: rater))
                }
            }
        }
        if incompleteTargets == .refuse, !missing.isEmpty {
            throw .missingScores(missing)
        }
        guard keptTargets.count >= 2 else { throw .tooFewTargets(count: keptTargets.count) }
        self.targets = keptTargets
        self.raters = raters
        self.scores = keptScores
        self.excludedTargets = excluded
    }
}

extension RatingMatrix where Target == Int, Rater == Int {
    /// A matrix given row by row (one row per target, one column per rater), numbered from 0.
    /// Rows shorter than the longest are reported as missing scores.
    public init(rows: [[Double]]) throws(RatingMatrixError<Int, Int>) {
        let width = rows.map(\.count).max() ?? 0
        let grid = rows.map { row in (0..<width).map { $0 < row.count ? row[$0] : nil } }
        for (i, row) in rows.enumerated() {
            for (j, score) in row.enumerated() where !score.isFinite {
                throw .nonFiniteScore(.init(target: i, rater: j))
            }
        }
        try self.init(targets: Array(rows.indices), raters: Array(0..<width), grid: grid, incompleteTargets: .refuse)
    }
}
