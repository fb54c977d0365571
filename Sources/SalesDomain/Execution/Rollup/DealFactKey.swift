/// What one count in a group's deal rollup counts. Fields a kind does not use are `nil`.
public struct DealFactKey: Hashable, Sendable, Codable, Comparable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// A deal's completed time in `stage` was `days`; `month` of its first entry there.
        case completedStay = "stay"
        /// An open deal is in `stage` now; `month` of its first entry there.
        case currentStay = "current"
        /// Conversion out of `stage` for deals first entering it in `month`.
        case entered, advanced
        case lostHere = "lost_here"
        case openHere = "open_here"
        /// Deals closed in `month`.
        case won, lost
        /// A won deal closed in `month` took `days` from first engagement.
        case wonCycle = "won_cycle"
        /// A won deal closed in `month` whose cycle counts from its creation, for want of an
        /// engagement date.
        case wonCycleFromCreation = "won_cycle_created"
        /// A won deal's completed time in `stage` was `days`: the stall bars' sample.
        case wonStay = "won_stay"
    }

    public var kind: Kind
    public var stage: DealStage?
    public var month: CalendarMonth?
    public var days: Int?

    public init(_ kind: Kind, stage: DealStage? = nil, month: CalendarMonth? = nil, days: Int? = nil) {
        self.kind = kind
        self.stage = stage
        self.month = month
        self.days = days
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.kind.rawValue, lhs.stage?.rawValue ?? "", lhs.month?.description ?? "", lhs.days ?? -1)
            < (rhs.kind.rawValue, rhs.stage?.rawValue ?? "", rhs.month?.description ?? "", rhs.days ?? -1)
    }
}
