import Foundation

/// An open deal as the stall analysis judges it: who owns it, what it is worth, and the stay it
/// is in now — all it needs of the deal's history, which a store can read without the rest.
public struct OpenDealStay: Hashable, Sendable {
    public var dealID: Deal.ID
    public var ownerID: Person.ID
    public var value: Decimal
    /// `nil` when the deal has no stage history.
    public var currentStay: StageStay?

    public init(dealID: Deal.ID, ownerID: Person.ID, value: Decimal, currentStay: StageStay?) {
        self.dealID = dealID
        self.ownerID = ownerID
        self.value = value
        self.currentStay = currentStay
    }

    /// The open deal's current stay from its whole history; `nil` for a closed deal.
    public init?(_ history: DealHistory) {
        guard history.deal.outcome == .open else { return nil }
        self.init(dealID: history.deal.id, ownerID: history.deal.ownerID, value: history.deal.value, currentStay: history.currentStay)
    }
}
