/// The periods people name — this month, last quarter — as the months or ISO weeks an analysis
/// counts. A week counts for the month that holds its Thursday (``ISOWeek/calendarMonth``), so
/// "last quarter" in weeks is 13 or 14 whole weeks and never splits one.
///
/// A current period ends with the current week or month, unfinished as it is: that is what
/// "this month" means, and the analyses mark a week in progress as such.
public enum CalendarPeriod: String, CaseIterable, Sendable {
    case thisMonth, lastMonth, thisQuarter, lastQuarter, thisYear

    /// The months of the period holding `today`.
    public func months(today: CalendarDay) -> ClosedRange<CalendarMonth> {
        let month = today.calendarMonth
        let quarterStart = month.adding(months: -((month.month - 1) % 3))
        return switch self {
        case .thisMonth: month...month
        case .lastMonth: month.adding(months: -1)...month.adding(months: -1)
        case .thisQuarter: quarterStart...month
        case .lastQuarter: quarterStart.adding(months: -3)...quarterStart.adding(months: -1)
        case .thisYear: CalendarMonth(year: month.year, month: 1)!...month
        }
    }

    /// The period's weeks up to the current one; `nil` while none of them has begun (on
    /// Friday 1 January "this month" has no week yet: the week holding it counts for December).
    public func weeks(today: CalendarDay) -> ClosedRange<ISOWeek>? {
        let weeks = ISOWeek.weeks(of: months(today: today))
        let current = today.isoWeek
        guard weeks.lowerBound <= current else { return nil }
        return weeks.lowerBound...min(weeks.upperBound, current)
    }
}
