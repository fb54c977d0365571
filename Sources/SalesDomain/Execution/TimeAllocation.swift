/// Minutes spent on selling, supporting and internal work, and each one's share.
public struct TimeAllocation: Hashable, Sendable, Codable {
    public var sellingMinutes: Int
    public var supportingMinutes: Int
    public var internalMinutes: Int

    public init(sellingMinutes: Int = 0, supportingMinutes: Int = 0, internalMinutes: Int = 0) {
        self.sellingMinutes = sellingMinutes
        self.supportingMinutes = supportingMinutes
        self.internalMinutes = internalMinutes
    }

    public var totalMinutes: Int { sellingMinutes + supportingMinutes + internalMinutes }

    public func minutes(in category: WorkCategory) -> Int {
        switch category {
        case .selling: sellingMinutes
        case .supporting: supportingMinutes
        case .internal: internalMinutes
        }
    }

    public func hours(in category: WorkCategory) -> Double {
        Double(minutes(in: category)) / 60
    }

    /// minutes in `category` ÷ all minutes; `nil` when no time was recorded, because a week
    /// without data has no allocation (0 % selling would be a claim).
    public func share(of category: WorkCategory) -> Double? {
        Double.ratio(minutes(in: category), of: totalMinutes)
    }

    public mutating func add(minutes: Int, to category: WorkCategory) {
        switch category {
        case .selling: sellingMinutes += minutes
        case .supporting: supportingMinutes += minutes
        case .internal: internalMinutes += minutes
        }
    }
}
