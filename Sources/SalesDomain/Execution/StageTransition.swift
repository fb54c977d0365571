import Foundation

/// A deal entering a pipeline stage at a moment.
///
/// CRM exports are snapshots, so Keel records a transition whenever a later import shows a deal
/// in a new stage (or reads them from a stage-history export). A close the file dates is stored
/// as a transition into the outcome (``DealClose``), which ``DealHistory`` keeps apart from the
/// stays: won and lost are the deal's outcome, not pipeline stages.
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
