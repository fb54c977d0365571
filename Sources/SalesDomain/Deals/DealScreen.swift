import Foundation

/// The deal page's answer (`/deals/{id}`, `GET /api/v1/deals/{id}`): the deal with what it is
/// called, who owns it, its stage history with the days spent in each stage, whether it is
/// stalled now, and the owner's activities on it.
public struct DealScreen: Hashable, Sendable {
    public var deal: Deal
    public var label: DealLabel
    public var productName: String?
    public var owner: Person
    /// The stays, oldest first (``DealHistory/stageSteps(asOf:calendar:)``).
    public var stages: [DealStageStep]
    /// The close the history records (``DealHistory/close``), dated by the CRM file.
    public var close: DealClose?
    /// A won deal's cycle and what it counts from (``Deal/salesCycle(calendar:)``).
    public var salesCycle: Deal.SalesCycle?
    /// The judgement of an open deal in a stage; `nil` for a closed deal or one without history.
    public var stall: DealStall?
    /// The owner's activities on the deal, or on its account without naming another deal while
    /// the deal was open; newest first, at most ``activityLimit``.
    public var activities: [DealActivity]
    /// All such activities, of which `activities` is the newest.
    public var activityTotal: Int
    public var asOf: Date

    /// The newest few are what a deal review talks about; at 390 px each is a card.
    public static let activityLimit = 20

    public init(
        deal: Deal, label: DealLabel, productName: String?, owner: Person, stages: [DealStageStep], stall: DealStall?,
        activities: [DealActivity], activityTotal: Int, asOf: Date, close: DealClose? = nil,
        salesCycle: Deal.SalesCycle? = nil
    ) {
        self.close = close
        self.salesCycle = salesCycle
        self.deal = deal
        self.label = label
        self.productName = productName
        self.owner = owner
        self.stages = stages
        self.stall = stall
        self.activities = activities
        self.activityTotal = activityTotal
        self.asOf = asOf
    }

    /// The stay the deal is in now, for an open deal with a history.
    public var currentStage: DealStageStep? {
        guard deal.outcome == .open, let last = stages.last, last.isCurrent else { return nil }
        return last
    }
}
