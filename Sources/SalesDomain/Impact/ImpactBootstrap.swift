/// The percentile bootstrap behind an estimate's 95 % interval: resample the sellers of each group
/// with replacement, recompute the difference-in-differences, and take the 2.5th and 97.5th
/// percentiles of the 2,000 results.
///
/// Reproducible: the draws come from ``SeededGenerator`` seeded from the estimate's own key
/// (``seed(for:)``), and an index is `next() % count` — not the standard library's `random(in:)`,
/// whose algorithm may change between Swift versions — so the same question over the same data
/// gives the same interval on every machine, and ``draws(for:)`` can be exported to be checked
/// elsewhere.
///
/// With one treated seller there is no seller to resample on the treated side; their weeks with
/// data are resampled instead (before and after separately), so the interval still carries that
/// seller's week-to-week noise rather than pretending it away.
public struct ImpactBootstrap: Hashable, Sendable {
    public static let defaultResamples = 2_000
    public static let level = 0.95

    /// One resample: indices into the treated and comparison changes, and, with one treated seller,
    /// into their before- and after-weeks.
    public struct Draw: Hashable, Sendable, Codable {
        public var treated: [Int]
        public var comparison: [Int]
        public var treatedBefore: [Int]
        public var treatedAfter: [Int]
    }

    public var seed: UInt64
    public var resamples: Int

    public init(seed: UInt64, resamples: Int = ImpactBootstrap.defaultResamples) {
        self.seed = seed
        self.resamples = resamples
    }

    /// FNV-1a of the key's UTF-8 bytes.
    public static func seed(for key: String) -> UInt64 {
        key.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01B3 }
    }

    public func draws(treated: [ImpactSellerChange], comparisonCount: Int) -> [Draw] {
        var generator = SeededGenerator(seed: seed)
        func indices(_ count: Int) -> [Int] {
            (0..<count).map { _ in Int(generator.next() % UInt64(count)) }
        }
        let single = treated.count == 1 ? treated[0] : nil
        return (0..<resamples).map { _ in
            if let single {
                let before = indices(single.before.count)
                let after = indices(single.after.count)
                return Draw(treated: [0], comparison: indices(comparisonCount), treatedBefore: before, treatedAfter: after)
            }
            let treatedDraw = indices(treated.count)
            return Draw(treated: treatedDraw, comparison: indices(comparisonCount), treatedBefore: [], treatedAfter: [])
        }
    }

    /// The interval: the percentiles of the resampled estimates.
    ///
    /// Each resample is summed while it is drawn, in the order ``draws(treated:comparisonCount:)``
    /// draws it, so the interval is exactly the one computed from the exported draws, without
    /// building 2,000 arrays of hundreds of indices for each estimate.
    public func interval(treated: [ImpactSellerChange], comparison: [ImpactSellerChange]) -> (lower: Double, upper: Double) {
        // Each seller's change is a ratio of sums over their weeks: computed once here, not once
        // per draw that picks them (2,000 draws of hundreds of comparison sellers).
        let treatedChanges = treated.map(\.change)
        let comparisonChanges = comparison.map(\.change)
        let single = treated.count == 1 ? treated[0] : nil
        var generator = SeededGenerator(seed: seed)
        var estimates: [Double] = []
        estimates.reserveCapacity(resamples)
        for _ in 0..<resamples {
            let treatedMean: Double
            if let single {
                let before = Self.resampledValue(of: single.before, with: &generator)
                let after = Self.resampledValue(of: single.after, with: &generator)
                // The mean of one change, summed from zero as any mean is.
                treatedMean = (0 + (after - before)) / 1
            } else {
                treatedMean = Self.resampledMean(of: treatedChanges, with: &generator)
            }
            estimates.append(treatedMean - Self.resampledMean(of: comparisonChanges, with: &generator))
        }
        estimates.sort()
        let tail = (1 - Self.level) / 2
        return (Self.percentile(estimates, tail), Self.percentile(estimates, 1 - tail))
    }

    /// ``DifferenceInDifferences/mean(_:)`` of `values.count` values drawn from `values`.
    private static func resampledMean(of values: [Double], with generator: inout SeededGenerator) -> Double {
        guard !values.isEmpty else { return 0 }
        var sum = 0.0
        for _ in values.indices { sum += values[Int(generator.next() % UInt64(values.count))] }
        return sum / Double(values.count)
    }

    /// ``ImpactSellerChange/value(of:)`` of `weeks.count` weeks drawn from `weeks`.
    private static func resampledValue(of weeks: [ImpactSellerWeek], with generator: inout SeededGenerator) -> Double {
        var numerator = 0.0
        var denominator = 0.0
        for _ in weeks.indices {
            let week = weeks[Int(generator.next() % UInt64(weeks.count))]
            denominator += week.denominator
            numerator += week.numerator
        }
        return denominator > 0 ? numerator / denominator : 0
    }

    /// Linear interpolation between the closest ranks (NumPy's default `quantile` method):
    /// position `q·(n−1)` in the sorted values.
    public static func percentile(_ sorted: [Double], _ q: Double) -> Double {
        precondition(!sorted.isEmpty)
        let position = q * Double(sorted.count - 1)
        let below = Int(position.rounded(.down))
        let above = min(below + 1, sorted.count - 1)
        return sorted[below] + (position - Double(below)) * (sorted[above] - sorted[below])
    }
}
