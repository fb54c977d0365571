import Foundation

/// An open deal that has been in its stage longer than the bar for its team and stage.
public struct StalledDeal: Hashable, Sendable, Codable {
    public var dealID: Deal.ID
    public var ownerID: Person.ID
    public var teamID: Team.ID?
    public var stage: DealStage
    public var value: Decimal
    public var enteredStageAt: Date
    /// Calendar days from entering the stage to `asOf`.
    public var daysInStage: Int
    /// The bar it exceeds (see ``StallThresholds/Reference``).
    public var thresholdDays: Double
    public var basis: StallThresholds.Basis
    /// daysInStage − thresholdDays (fractional because the percentile interpolates).
    public var daysOver: Double

    public init(
        dealID: Deal.ID, ownerID: Person.ID, teamID: Team.ID?, stage: DealStage, value: Decimal, enteredStageAt: Date,
        daysInStage: Int, thresholdDays: Double, basis: StallThresholds.Basis, daysOver: Double
    ) {
        self.dealID = dealID
        self.ownerID = ownerID
        self.teamID = teamID
        self.stage = stage
        self.value = value
        self.enteredStageAt = enteredStageAt
        self.daysInStage = daysInStage
        self.thresholdDays = thresholdDays
        self.basis = basis
        self.daysOver = daysOver
    }
}
