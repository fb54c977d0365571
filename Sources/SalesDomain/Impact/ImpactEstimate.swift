/// The traced effect of an intervention (or a group of them on one target) on one KPI: the
/// difference-in-differences with its bootstrap 95 % interval, the sellers and weeks behind it —
/// or *not enough data*, saying what is missing. Never a bare number.
public struct ImpactEstimate: Hashable, Sendable, Codable {
    public enum Result: Hashable, Sendable, Codable {
        case estimate(effect: Double, lower: Double, upper: Double)
        case notEnoughData([ImpactShortfall])
    }

    public var target: Intervention.Target
    public var kpi: ImpactKPI?
    public var startWeek: ISOWeek
    public var weeks: Int
    public var afterWeeksOver: Int
    public var minimums: ImpactMinimums
    /// The sellers counted, each with enough weeks of data in both windows.
    public var treated: [ImpactSellerChange]
    public var comparison: [ImpactSellerChange]
    /// Sellers left out for too few weeks with data.
    public var treatedLeftOut: Int
    public var comparisonLeftOut: Int
    public var seed: UInt64
    public var resamples: Int
    public var result: Result

    public var effect: Double? {
        if case .estimate(let effect, _, _) = result { effect } else { nil }
    }

    /// Whether the interval lies wholly on one side of zero.
    public var excludesZero: Bool {
        if case .estimate(_, let lower, let upper) = result { lower > 0 || upper < 0 } else { false }
    }

    /// The estimate's resamples, to check the interval elsewhere.
    public var draws: [ImpactBootstrap.Draw] {
        ImpactBootstrap(seed: seed, resamples: resamples).draws(treated: treated, comparisonCount: comparison.count)
    }

    /// Every seller-week behind the estimate, treated sellers first: what the export carries.
    public var sellerWeeks: [(change: ImpactSellerChange, window: String, week: ImpactSellerWeek)] {
        (treated + comparison).flatMap { change in
            change.before.map { (change, "before", $0) } + change.after.map { (change, "after", $0) }
        }
    }
}
