/// What an estimate lacks when it is *not enough data*: each says what is missing and how much.
public enum ImpactShortfall: Hashable, Sendable, Codable {
    /// The KPI linked to the target has no activity types (an area the signal map does not cover).
    case noKPI
    /// Treated sellers with enough weeks of data in both windows.
    case treatedSellers(have: Int, need: Int)
    /// Comparison sellers (same job role and market, no intervention on the target) with enough weeks.
    case comparisonSellers(have: Int, need: Int)
    /// The after-window has only `have` weeks over so far; a seller needs `need` with data.
    case afterWindowNotOver(have: Int, need: Int)
}
