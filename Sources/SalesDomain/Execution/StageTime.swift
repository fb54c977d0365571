/// How long deals spent in one stage.
public struct StageTime: Hashable, Sendable, Codable {
    public var stage: DealStage
    /// Deals that have left the stage at least once: the sample the figures below describe.
    public var completedDeals: Int
    /// Deals in the stage right now (not in the figures: their time there is not over).
    public var currentDeals: Int
    public var medianDays: Double?
    public var percentile75Days: Double?
    public var meanDays: Double?

    public init(
        stage: DealStage, completedDeals: Int, currentDeals: Int, medianDays: Double?, percentile75Days: Double?, meanDays: Double?
    ) {
        self.stage = stage
        self.completedDeals = completedDeals
        self.currentDeals = currentDeals
        self.medianDays = medianDays
        self.percentile75Days = percentile75Days
        self.meanDays = meanDays
    }
}
