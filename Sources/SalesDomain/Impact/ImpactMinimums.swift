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

    /// Half of each window (4 of the default 8 weeks), rounded up, and never fewer than 2; for the
    /// outcomes counted per deal (win rate, sales cycle, stage conversion) 2 weeks with a deal
    /// counted in each window: a seller closes a few deals a month, so half the weeks would leave
    /// out nearly every seller, and the interval, resampling sellers, already widens with their
    /// spread.
    public static func `for`(_ windows: ImpactWindows, kpi: ImpactKPI? = nil) -> ImpactMinimums {
        switch kpi?.kind {
        case .winRate?, .cycleTime?, .stageConversion?: ImpactMinimums(weeksWithData: 2)
        default: ImpactMinimums(weeksWithData: afterWeeksOver(windows))
        }
    }

    /// Weeks of the after-window that must be over before any estimate, whatever its KPI.
    public static func afterWeeksOver(_ windows: ImpactWindows) -> Int {
        max(2, (windows.weeks + 1) / 2)
    }
}
