/// How a funnel ends: the deals closed won and lost, drawn as its last two rows, and the win
/// rate among them. Passed in rather than taken from the last stage, because most CRM exports
/// show a deal first when it is already closed, so closed deals outnumber those seen in stages.
public struct FunnelOutcomes: Hashable, Sendable {
    public var won: Int
    public var lost: Int

    public init(won: Int, lost: Int) {
        self.won = won
        self.lost = lost
    }

    public var closed: Int { max(won, 0) + max(lost, 0) }

    /// won ÷ closed; `nil` when nothing closed.
    public var winRate: Double? {
        closed == 0 ? nil : Double(max(won, 0)) / Double(closed)
    }
}
