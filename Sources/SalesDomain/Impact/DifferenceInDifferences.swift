/// The effect estimate: the treated sellers' average change minus the comparison sellers' average
/// change over the same kind of windows. The comparison group's change is what would have
/// happened anyway (the season, a new price list, a quiet month); what the treated sellers moved
/// beyond it is credited to the intervention — which assumes the two groups would have moved alike
/// without it, the reason the comparison sellers share the treated ones' job role and market.
public enum DifferenceInDifferences {
    public static func estimate(treated: [Double], comparison: [Double]) -> Double {
        mean(treated) - mean(comparison)
    }

    static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }
}
