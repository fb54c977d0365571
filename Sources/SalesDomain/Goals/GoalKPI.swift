/// A figure Keel computes for a goal's owner over the goal's period, from the deals it already
/// stores (SPEC §4: goals "measured by a KPI"). Only outcome figures that add up over people
/// are offered, so a team's or the company's value is the sum of its members' values.
public enum GoalKPI: String, Hashable, Sendable, Codable, CaseIterable {
    /// Deals won, counted.
    case wonDeals = "won_deals"
    /// The summed value of deals won, in the organization's reporting currency.
    case wonValue = "won_value"
}
