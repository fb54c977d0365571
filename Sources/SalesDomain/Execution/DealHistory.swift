import Foundation

/// A deal together with its stage transitions: the input of every momentum analysis.
public struct DealHistory: Hashable, Sendable, Codable {
    public let deal: Deal
    /// Oldest first, only this deal's, with repeated entries into the stage the deal was
    /// already in removed (successive imports of an unchanged deal must not split its stay).
    /// Moves into pipeline stages only: a recorded close is ``close``.
    public let transitions: [StageTransition]
    /// The recorded close of a closed deal (the last one with the deal's outcome); `nil` for an
    /// open deal, or a closed one whose file gave no close date.
    public let close: DealClose?

    public init(deal: Deal, transitions: some Sequence<StageTransition>) {
        self.deal = deal
        var kept: [StageTransition] = []
        var close: DealClose?
        for transition in transitions.filter({ $0.dealID == deal.id }).sorted(by: { $0.enteredAt < $1.enteredAt }) {
            if let recorded = DealClose(transition) {
                if recorded.outcome == deal.outcome { close = recorded }
            } else if kept.last?.stage != transition.stage {
                kept.append(transition)
            }
        }
        self.transitions = kept
        self.close = close
    }

    /// Pairs each deal with its transitions; deals without any get an empty history.
    public static func histories(deals: some Sequence<Deal>, transitions: some Sequence<StageTransition>) -> [DealHistory] {
        let byDeal = Dictionary(grouping: transitions, by: \.dealID)
        return deals.map { DealHistory(deal: $0, transitions: byDeal[$0.id] ?? []) }
    }

    public var hasHistory: Bool { !transitions.isEmpty }

    /// The deal's stays, oldest first. A stay ends when the next transition happens; the last
    /// one ends at the close date of a closed deal and is still running for an open one.
    /// Transitions dated after the close are ignored: the deal was no longer in the pipeline.
    public var stays: [StageStay] {
        let closedAt = deal.isClosed ? deal.closedAt : nil
        let relevant = transitions.filter { transition in closedAt.map { transition.enteredAt <= $0 } ?? true }
        return relevant.indices.map { index in
            let leftAt = index + 1 < relevant.count ? relevant[index + 1].enteredAt : closedAt
            return StageStay(dealID: deal.id, stage: relevant[index].stage, enteredAt: relevant[index].enteredAt, leftAt: leftAt)
        }
    }

    /// The stay the deal is in now; `nil` for closed deals and deals without history.
    public var currentStay: StageStay? {
        guard !deal.isClosed, let last = stays.last, last.isCurrent else { return nil }
        return last
    }
}
