extension Percentile {
    /// ``linear(_:of:)`` of the values a histogram stands for — `value` repeated `count` times —
    /// without writing them out: a group's stays are hundreds of thousands of deals over a few
    /// hundred distinct day counts.
    ///
    /// The same rule and the same arithmetic: with n = Σ count and h = (n − 1)·p, x⌊h⌋ and
    /// x⌊h⌋₊₁ are the smallest values whose running count exceeds ⌊h⌋ and ⌊h⌋ + 1. Counts of
    /// zero or less are no values. `nil` for no values.
    public static func linear(_ p: Double, ofHistogram counts: [Double: Int]) -> Double? {
        precondition((0...1).contains(p), "a percentile is between 0 and 1, got \(p)")
        let bins = counts.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        let n = bins.reduce(0) { $0 + $1.value }
        guard n > 0 else { return nil }
        let h = Double(n - 1) * p
        let lower = Int(h.rounded(.down))
        func value(atRank rank: Int) -> Double {
            var upTo = 0
            for bin in bins {
                upTo += bin.value
                if upTo > rank { return bin.key }
            }
            return bins[bins.count - 1].key
        }
        let atLower = value(atRank: lower)
        guard lower + 1 < n else { return atLower }
        return atLower + (h - Double(lower)) * (value(atRank: lower + 1) - atLower)
    }
}
