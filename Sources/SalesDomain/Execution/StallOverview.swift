/// What a dashboard shows of a group's stall analysis: how many deals are stalled in each
/// stage, how many could not be judged, and one page of the stalled deals, most days over first.
///
/// A whole organization can have thousands of stalled deals; nobody reads past the first
/// screen, so a store computes the counts and the one page rather than the full list.
public struct StallOverview: Hashable, Sendable {
    /// Stages with at least one stalled deal.
    public var stalledByStage: [DealStage: Int]
    /// Open deals without stage history or without any won reference for their stage.
    public var unjudged: Int
    /// The position of `page`'s first deal in the full list, most days over first.
    public var offset: Int
    public var page: [StalledDeal]
    /// What the page's deals are called and whose account they are, by deal.
    public var labels: [Deal.ID: DealLabel]

    public init(stalledByStage: [DealStage: Int], unjudged: Int, offset: Int, page: [StalledDeal], labels: [Deal.ID: DealLabel] = [:]) {
        self.stalledByStage = stalledByStage.filter { $0.value > 0 }
        self.unjudged = unjudged
        self.offset = offset
        self.page = page
        self.labels = labels
    }

    /// Stalled deals in all stages.
    public var total: Int { stalledByStage.values.reduce(0, +) }
}

extension StallReport {
    /// The overview with the `limit` stalled deals from position `offset` on.
    public func overview(offset: Int, limit: Int) -> StallOverview {
        let start = min(max(offset, 0), stalled.count)
        return StallOverview(
            stalledByStage: Dictionary(grouping: stalled, by: \.stage).mapValues(\.count), unjudged: unjudged.count,
            offset: start, page: Array(stalled[start..<min(start + max(limit, 0), stalled.count)]))
    }
}
