/// Below these an estimate is *not enough data*, never a number: with fewer comparison sellers the
/// "what would have happened anyway" is one or two people's luck, and a seller with fewer weeks of
/// data in a window has a rate that one week can swing.
public struct ImpactMinimums: Hashable, Sendable, Codable {
    public var treatedSellers: Int
    public var comparisonSellers: Int
    /// Weeks with data (something planned of the KPI's types) a seller needs in each window to count.
    public var weeksWithData: Int

    public init(treatedSellers: Int = 1, comparisonSellers: Int = 5, weeksWithData: Int) {
        self.treatedSellers = treatedSellers
        self.comparisonSellers = comparisonSellers
        self.weeksWithData = weeksWithData
    }

    /// Half of each window (4 of the default 8 weeks), rounded up, and never fewer than 2.
    public static func `for`(_ windows: ImpactWindows) -> ImpactMinimums {
        ImpactMinimums(weeksWithData: max(2, (windows.weeks + 1) / 2))
    }
}
