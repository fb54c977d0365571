/// One stage's conversion as an execution signal: the seller's share of deals decided at the
/// stage that advanced, against the same share for the reference group (the organization).
///
/// Conversion is not a share of planned work, so it is compared rather than taken as it is: a
/// seller converting as well as the reference scores 1, half as well 0.5. The score is capped at
/// 1 so an outstanding stage cannot hide undone activities in the same area.
public struct StageSignal: Hashable, Sendable, Codable {
    public var stage: DealStage
    public var seller: StageConversion
    public var reference: StageConversion

    public init(stage: DealStage, seller: StageConversion, reference: StageConversion) {
        self.stage = stage
        self.seller = seller
        self.reference = reference
    }

    /// Deals whose fate at the stage is known: the signal's weight.
    public var decided: Int { seller.advanced + seller.lostHere }

    /// min(1, seller's decided rate ÷ reference's); `nil` when either has no decided deal or the
    /// reference converted none.
    public var score: Double? {
        guard let own = seller.decidedRate, let reference = reference.decidedRate, reference > 0 else { return nil }
        return min(1, own / reference)
    }
}
