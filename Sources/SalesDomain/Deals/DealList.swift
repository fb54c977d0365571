/// The answer to a ``DealListQuery``: how many deals match, and the page of them from `offset`.
public struct DealList: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var deal: Deal
        public var label: DealLabel
        public var ownerName: String
        /// The stall judgement of an open deal with a stage history; `nil` otherwise.
        public var stall: DealStall?

        public init(deal: Deal, label: DealLabel, ownerName: String, stall: DealStall?) {
            self.deal = deal
            self.label = label
            self.ownerName = ownerName
            self.stall = stall
        }
    }

    public var query: DealListQuery
    /// Every deal that matches, not only this page.
    public var total: Int
    public var entries: [Entry]

    public init(query: DealListQuery, total: Int, entries: [Entry]) {
        self.query = query
        self.total = total
        self.entries = entries
    }
}
