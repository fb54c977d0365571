/// The funnel's translated phrases, each with a `{slot}` for a number the chart formats.
public struct FunnelText: Hashable, Sendable {
    /// "{count} deals" — read out in the description.
    public var reached: String
    /// "{percent} to next stage"
    public var conversion: String
    /// "median {days} d"
    public var medianDays: String
    /// "{count} stalled" — shown on the red badge, so the badge is not color alone.
    public var stalled: String

    public init(reached: String, conversion: String, medianDays: String, stalled: String) {
        self.reached = reached
        self.conversion = conversion
        self.medianDays = medianDays
        self.stalled = stalled
    }
}
