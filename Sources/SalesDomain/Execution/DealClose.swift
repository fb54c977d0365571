import Foundation

/// A deal's close as its stage history records it: a transition into the outcome, dated by the
/// close date the CRM file gave (``DealSnapshot/applied(to:asOf:)``).
///
/// Won and lost are not pipeline stages (``DealStage``), so every analysis of stays reads the
/// close from the deal's outcome and close date; the recorded transition is what lets the deal's
/// history say when it closed, from the file rather than from the day of the import, also for a
/// deal first seen already closed.
public struct DealClose: Hashable, Sendable, Codable {
    public var outcome: DealOutcome
    public var closedAt: Date

    /// `nil` for an open outcome: only a close is recorded so.
    public init?(outcome: DealOutcome, closedAt: Date) {
        guard outcome != .open else { return nil }
        self.outcome = outcome
        self.closedAt = closedAt
    }

    /// The stage code a close is stored under among the transitions: the outcome's name, which no
    /// pipeline stage carries.
    public var stage: DealStage { DealStage(outcome.rawValue) }

    /// The codes of ``stage``, for a store that must tell closes from stays in SQL.
    public static let stageCodes: [String] = [DealOutcome.won, .lost].map(\.rawValue)

    /// The close a stored transition records, or `nil` for a move into a pipeline stage.
    public init?(_ transition: StageTransition) {
        guard let outcome = DealOutcome(rawValue: transition.stage.rawValue) else { return nil }
        self.init(outcome: outcome, closedAt: transition.enteredAt)
    }

    public func transition(of deal: Deal.ID) -> StageTransition {
        StageTransition(dealID: deal, stage: stage, enteredAt: closedAt)
    }
}
