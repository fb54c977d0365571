import Foundation

/// A deal entering a pipeline stage at a moment.
///
/// CRM exports are snapshots, so Keel records a transition whenever a later import shows a deal
/// in a new stage (or reads them from a stage-history export). Closing is not a transition: it
/// is the deal's outcome and close date.
public struct StageTransition: Hashable, Sendable, Codable {
    public var dealID: Deal.ID
    public var stage: DealStage
    public var enteredAt: Date

    public init(dealID: Deal.ID, stage: DealStage, enteredAt: Date) {
        self.dealID = dealID
        self.stage = stage
        self.enteredAt = enteredAt
    }
}
