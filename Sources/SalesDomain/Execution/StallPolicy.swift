/// How the stall analysis sets its bar.
public struct StallPolicy: Hashable, Sendable, Codable {
    /// Which percentile of won deals' time in a stage an open deal must exceed: 0.75 (SPEC §2).
    /// A deal slower than three in four deals that were eventually won is worth a look.
    public var percentile: Double
    /// The fewest won deals (with a completed stay in the stage) a team needs for its own bar;
    /// below it the organization-wide bar is used. 5 is a judgement call, not a statistical
    /// threshold: with fewer, one unusually quick or slow won deal moves the team's bar by
    /// days (with 2 deals the 75th percentile is three quarters of the way to the slower one),
    /// while the organization's larger sample is steadier.
    public var minimumWonDeals: Int

    public init(percentile: Double = 0.75, minimumWonDeals: Int = 5) {
        self.percentile = percentile
        self.minimumWonDeals = minimumWonDeals
    }

    public func validated() throws(FieldError) -> StallPolicy {
        if !(percentile > 0 && percentile < 1) {
            throw FieldError(field: "percentile", code: .invalidValue, .percentileOutOfRange)
        }
        if minimumWonDeals < 1 {
            throw FieldError(field: "minimumWonDeals", code: .invalidValue, .minimumWonDealsTooLow)
        }
        return self
    }
}
