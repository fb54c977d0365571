import SalesDomain

/// The answer to an ``ImportHistoryQuery``: the latest kept imports, newest first, and how many
/// were kept in all.
public struct ImportHistory: Hashable, Sendable {
    public var runs: [ImportRunRecord]
    public var total: Int

    public init(runs: [ImportRunRecord], total: Int) {
        self.runs = runs
        self.total = total
    }
}
