/// One stage of a deal funnel, as the stage-velocity analysis reports it.
public struct FunnelStage: Hashable, Sendable {
    public var name: String
    /// Deals that reached (entered) the stage; the bar's width is proportional to it.
    public var reached: Int
    /// Share 0…1 of those deals that went on to a later stage; `nil` for the last stage or
    /// when unknown. Passed in rather than computed from the next bar, because deals can skip
    /// stages.
    public var conversionRate: Double?
    /// Median days deals spent in the stage; `nil` when unknown.
    public var medianDaysInStage: Double?
    /// The finished stays the median rests on; `nil` when not known.
    public var finishedStays: Int?
    /// Open deals stuck in the stage longer than the stall threshold.
    public var stalled: Int

    public init(name: String, reached: Int, conversionRate: Double? = nil, medianDaysInStage: Double? = nil,
                finishedStays: Int? = nil, stalled: Int = 0) {
        self.name = name
        self.reached = reached
        self.conversionRate = conversionRate
        self.medianDaysInStage = medianDaysInStage
        self.finishedStays = finishedStays
        self.stalled = stalled
    }
}
