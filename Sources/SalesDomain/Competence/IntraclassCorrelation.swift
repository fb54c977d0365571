/// How far raters agree when they score the same targets: the six intraclass correlations of
/// Shrout & Fleiss (1979).
///
/// Source: P. E. Shrout and J. L. Fleiss, "Intraclass correlations: uses in assessing rater
/// reliability", *Psychological Bulletin* 86(2), 420–428, 1979 — the two-way ANOVA mean
/// squares of its Table 1 and its formulas for ICC(1,1), ICC(2,1), ICC(3,1) and for the mean
/// of k raters, ICC(1,k), ICC(2,k), ICC(3,k); checked against its worked example (Table 2).
public struct IntraclassCorrelation: Hashable, Sendable, Codable {
    /// The Shrout & Fleiss cases, which differ in what the raters are taken to be.
    public enum Model: Int, Hashable, Sendable, Codable, CaseIterable {
        /// Case 1: each target is rated by a different random set of raters; rater effects are
        /// not separable from error. ICC(1,·).
        case oneWayRandom = 1
        /// Case 2: the raters are a random sample of all possible raters, each rates every
        /// target; differences in rater leniency count against agreement. ICC(2,·).
        case twoWayRandom = 2
        /// Case 3: these raters are the only raters of interest (fixed); consistency, with rater
        /// leniency removed. ICC(3,·).
        case twoWayMixed = 3
    }

    /// The mean squares of the two-way ANOVA of an n × k matrix `x` with target (row) means
    /// `x̄_i`, rater (column) means `x̄_j` and grand mean `x̄`:
    ///
    ///     BMS = k · Σ_i (x̄_i − x̄)² / (n − 1)                       between targets
    ///     WMS = Σ_i Σ_j (x_ij − x̄_i)² / (n (k − 1))                  within targets
    ///     JMS = n · Σ_j (x̄_j − x̄)² / (k − 1)                       between raters (judges)
    ///     EMS = Σ_i Σ_j (x_ij − x̄_i − x̄_j + x̄)² / ((n − 1)(k − 1))  residual
    public struct MeanSquares: Hashable, Sendable, Codable {
        public var betweenTargets: Double
        public var withinTargets: Double
        public var betweenRaters: Double
        public var residual: Double

        public init(betweenTargets: Double, withinTargets: Double, betweenRaters: Double, residual: Double) {
            self.betweenTargets = betweenTargets
            self.withinTargets = withinTargets
            self.betweenRaters = betweenRaters
            self.residual = residual
        }
    }

    /// One coefficient with its conventional name, for tables and the API.
    public struct Coefficient: Hashable, Sendable, Codable {
        public var model: Model
        /// `false`: reliability of one rater's score, ICC(m,1); `true`: of the mean of the k
        /// raters' scores, ICC(m,k).
        public var isAverageOfRaters: Bool
        /// `ICC(2,1)`, `ICC(3,4)`, …
        public var name: String
        /// `nil` when the formula's denominator is 0 (every score identical).
        public var value: Double?
    }

    /// n
    public let targetCount: Int
    /// k
    public let raterCount: Int
    public let meanSquares: MeanSquares

    public init(_ matrix: RatingMatrix<some Hashable & Sendable, some Hashable & Sendable>) {
        let n = matrix.targetCount
        let k = matrix.raterCount
        let x = matrix.scores
        let nk = Double(n * k)
        let grandMean = x.reduce(0) { $0 + $1.reduce(0, +) } / nk
        let targetMeans = x.map { $0.reduce(0, +) / Double(k) }
        let raterMeans = (0..<k).map { j in x.reduce(0) { $0 + $1[j] } / Double(n) }

        var betweenTargetsSum = 0.0
        var withinTargetsSum = 0.0
        var residualSum = 0.0
        for i in 0..<n {
            betweenTargetsSum += (targetMeans[i] - grandMean) * (targetMeans[i] - grandMean)
            for j in 0..<k {
                let within = x[i][j] - targetMeans[i]
                withinTargetsSum += within * within
                let residual = x[i][j] - targetMeans[i] - raterMeans[j] + grandMean
                residualSum += residual * residual
            }
        }
        let betweenRatersSum = raterMeans.reduce(0) { $0 + ($1 - grandMean) * ($1 - grandMean) }

        targetCount = n
        raterCount = k
        meanSquares = MeanSquares(
            betweenTargets: Double(k) * betweenTargetsSum / Double(n - 1),
            withinTargets: withinTargetsSum / Double(n * (k - 1)),
            betweenRaters: Double(n) * betweenRatersSum / Double(k - 1),
            residual: residualSum / Double((n - 1) * (k - 1))
        )
    }

    /// Reliability of a single rater's score:
    ///
    ///     ICC(1,1) = (BMS − WMS) / (BMS + (k − 1) WMS)
    ///     ICC(2,1) = (BMS − EMS) / (BMS + (k − 1) EMS + k (JMS − EMS) / n)
    ///     ICC(3,1) = (BMS − EMS) / (BMS + (k − 1) EMS)
    ///
    /// Values can be negative (raters agree less than chance would have them); they are
    /// reported as computed. `nil` when the denominator is 0.
    public func singleRater(_ model: Model) -> Double? {
        let (bms, wms, jms, ems) = (meanSquares.betweenTargets, meanSquares.withinTargets, meanSquares.betweenRaters, meanSquares.residual)
        let k = Double(raterCount)
        let n = Double(targetCount)
        return switch model {
        case .oneWayRandom: Self.ratio(bms - wms, bms + (k - 1) * wms)
        case .twoWayRandom: Self.ratio(bms - ems, bms + (k - 1) * ems + k * (jms - ems) / n)
        case .twoWayMixed: Self.ratio(bms - ems, bms + (k - 1) * ems)
        }
    }

    /// Reliability of the mean of the k raters' scores:
    ///
    ///     ICC(1,k) = (BMS − WMS) / BMS
    ///     ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS) / n)
    ///     ICC(3,k) = (BMS − EMS) / BMS
    ///
    /// `nil` when the denominator is 0.
    public func averageOfRaters(_ model: Model) -> Double? {
        let (bms, wms, jms, ems) = (meanSquares.betweenTargets, meanSquares.withinTargets, meanSquares.betweenRaters, meanSquares.residual)
        let n = Double(targetCount)
        return switch model {
        case .oneWayRandom: Self.ratio(bms - wms, bms)
        case .twoWayRandom: Self.ratio(bms - ems, bms + (jms - ems) / n)
        case .twoWayMixed: Self.ratio(bms - ems, bms)
        }
    }

    /// All six, single-rater forms first: ICC(1,1), ICC(2,1), ICC(3,1), ICC(1,k), ICC(2,k), ICC(3,k).
    public var coefficients: [Coefficient] {
        let single = Model.allCases.map {
            Coefficient(model: $0, isAverageOfRaters: false, name: "ICC(\($0.rawValue),1)", value: singleRater($0))
        }
        let average = Model.allCases.map {
            Coefficient(model: $0, isAverageOfRaters: true, name: "ICC(\($0.rawValue),\(raterCount))", value: averageOfRaters($0))
        }
        return single + average
    }

    private static func ratio(_ numerator: Double, _ denominator: Double) -> Double? {
        abs(denominator) < 1e-12 ? nil : numerator / denominator
    }
}
