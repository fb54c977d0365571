/// Percentiles as the momentum and cycle-time analyses define them.
public enum Percentile {
    /// The `p`-th percentile (0 ≤ p ≤ 1) by linear interpolation between closest ranks:
    /// Hyndman & Fan (1996) definition 7, the default of R's `quantile`, NumPy's `percentile`
    /// and spreadsheet `PERCENTILE.INC`, so anyone can check Keel's figures with those tools.
    ///
    /// With the values sorted ascending as x₀ … xₙ₋₁ and h = (n − 1)·p:
    /// Q(p) = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋₊₁ − x⌊h⌋). Example: [1, 2, 3, 4] at p = 0.75 gives
    /// h = 2.25 and Q = 3 + 0.25·(4 − 3) = 3.25. `nil` for no values.
    public static func linear(_ p: Double, of values: [Double]) -> Double? {
        precondition((0...1).contains(p), "a percentile is between 0 and 1, got \(p)")
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let h = Double(sorted.count - 1) * p
        let lower = Int(h.rounded(.down))
        guard lower + 1 < sorted.count else { return sorted[lower] }
        return sorted[lower] + (h - Double(lower)) * (sorted[lower + 1] - sorted[lower])
    }

    /// The 50th percentile by the same rule: the middle value, or the mean of the two middle
    /// values for an even count.
    public static func median(of values: [Double]) -> Double? {
        linear(0.5, of: values)
    }
}
