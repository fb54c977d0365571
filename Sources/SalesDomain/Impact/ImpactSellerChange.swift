/// How one seller's KPI changed from the window before to the window after: each window's value is
/// the ratio of its sums over the weeks with data.
public struct ImpactSellerChange: Hashable, Sendable, Codable {
    public enum Group: String, Hashable, Sendable, Codable {
        case treated, comparison
    }

    public var sellerID: Person.ID
    public var group: Group
    public var windows: ImpactWindows
    /// The weeks with data in each window, in week order.
    public var before: [ImpactSellerWeek]
    public var after: [ImpactSellerWeek]

    public init(sellerID: Person.ID, group: Group, windows: ImpactWindows, weeks: [ImpactSellerWeek]) {
        self.sellerID = sellerID
        self.group = group
        self.windows = windows
        let withData = weeks.filter(\.hasData).sorted { $0.week < $1.week }
        before = withData.filter { windows.before.contains($0.week) }
        after = withData.filter { week in windows.afterSoFar.map { $0.contains(week.week) } ?? false }
    }

    public var valueBefore: Double { Self.value(of: before) }
    public var valueAfter: Double { Self.value(of: after) }
    public var change: Double { valueAfter - valueBefore }

    static func value(of weeks: some Collection<ImpactSellerWeek>) -> Double {
        let denominator = weeks.reduce(0) { $0 + $1.denominator }
        return denominator > 0 ? weeks.reduce(0) { $0 + $1.numerator } / denominator : 0
    }

    func hasEnoughWeeks(_ minimums: ImpactMinimums) -> Bool {
        before.count >= minimums.weeksWithData && after.count >= minimums.weeksWithData
    }
}
