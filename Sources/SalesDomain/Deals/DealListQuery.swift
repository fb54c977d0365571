import Foundation

/// The deals list's question (`GET /api/v1/deals`): the deals the viewer may see, narrowed by
/// owner, stage, outcome and whether they are stalled, one page at a time. Stalled deals come
/// most days over the bar first (as on the execution page); otherwise the newest deals first.
public struct DealListQuery: Hashable, Sendable {
    public var owner: Person.ID?
    public var stage: DealStage?
    public var outcome: DealOutcome?
    /// Only open deals past their stage's bar (``DealStall``).
    public var stalledOnly: Bool
    public var asOf: Date
    public var offset: Int
    public var limit: Int

    public init(
        owner: Person.ID? = nil, stage: DealStage? = nil, outcome: DealOutcome? = nil, stalledOnly: Bool = false,
        asOf: Date, offset: Int = 0, limit: Int = 100
    ) {
        self.owner = owner
        self.stage = stage
        self.outcome = outcome
        self.stalledOnly = stalledOnly
        self.asOf = asOf
        self.offset = offset
        self.limit = limit
    }
}
