/// Where a coachable KPI stands against its target over the recent weeks.
public enum KPIStatus: String, Hashable, Sendable, Codable {
    case met
    case notMet = "not_met"
    /// Nothing in the recent weeks to compute it from (no activities, or nothing entered).
    case noData = "no_data"
}
