import Foundation

/// What a seller's work brought in over a window (SPEC §4: shown beside the coachable KPIs,
/// never coached directly): won deals and their value per week, and over the whole window the
/// win rate and median cycle time (``DealResults``' definitions).
public struct OutcomeKPIs: Hashable, Sendable, Codable {
    public struct Week: Hashable, Sendable, Codable {
        public var week: ISOWeek
        public var won: Int
        public var lost: Int
        public var wonValue: Decimal

        public init(week: ISOWeek, won: Int = 0, lost: Int = 0, wonValue: Decimal = 0) {
            self.week = week
            self.won = won
            self.lost = lost
            self.wonValue = wonValue
        }
    }

    /// Every week of the window, oldest first, weeks without closed deals included.
    public var weekly: [Week]
    public var results: DealResults

    public init(weekly: [Week], results: DealResults) {
        self.weekly = weekly
        self.results = results
    }

    public var won: Int { weekly.reduce(0) { $0 + $1.won } }
    public var wonValue: Decimal { weekly.reduce(0) { $0 + $1.wonValue } }

    /// The seller's deals closed in `weeks`, week by week (by close date in the calendar's zone).
    public static func of(_ deals: some Sequence<Deal>, weeks: ClosedRange<ISOWeek>, calendar: WeekCalendar) -> OutcomeKPIs {
        let range = calendar.dateRange(of: weeks)
        let closed = deals.filter { deal in deal.isClosed && deal.closedAt.map(range.contains) == true }
        var byWeek = Dictionary(uniqueKeysWithValues: ISOWeek.all(in: weeks).map { ($0, Week(week: $0)) })
        for deal in closed {
            guard let closedAt = deal.closedAt else { continue }
            let week = calendar.week(containing: closedAt)
            if deal.outcome == .won {
                byWeek[week]?.won += 1
                byWeek[week]?.wonValue += deal.value
            } else {
                byWeek[week]?.lost += 1
            }
        }
        let results = DealResults.byGroup(deals: closed, grouping: PersonGrouping { _ in [0] }, calendar: calendar)[0]
            ?? DealResults(won: 0, lost: 0, wonWithCycle: 0, medianCycleDays: nil)
        return OutcomeKPIs(weekly: byWeek.values.sorted { $0.week < $1.week }, results: results)
    }
}
