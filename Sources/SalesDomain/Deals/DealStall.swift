/// Whether an open deal counts as stalled now, by the stall analysis's rule
/// (``StageVelocity/stalledDeals(openDeals:thresholds:teamByPerson:asOf:calendar:)``): strictly
/// more whole days in its current stage than the bar for its stage and its owner's team.
public struct DealStall: Hashable, Sendable, Codable {
    /// Calendar days in the current stage.
    public var daysInStage: Int
    /// The bar that applies to the deal; `nil` when no won deal ever completed its stage, and
    /// the deal cannot be judged.
    public var barDays: Double?
    public var basis: StallThresholds.Basis?

    public init(daysInStage: Int, barDays: Double?, basis: StallThresholds.Basis?) {
        self.daysInStage = daysInStage
        self.barDays = barDays
        self.basis = basis
    }

    public var isJudged: Bool { barDays != nil }

    public var isStalled: Bool { barDays.map { Double(daysInStage) > $0 } ?? false }

    /// Days over the bar: positive when stalled.
    public var daysOver: Double? { barDays.map { Double(daysInStage) - $0 } }
}
