import Foundation

/// Turns moments into ISO weeks, months and calendar days in one organization's time zone.
///
/// Every execution analysis takes one, because "the week an activity was planned in" and "how
/// many days a deal sat in a stage" depend on where midnight is: a call planned for Monday
/// 00:30 in Stockholm is in a different week than the same instant read in UTC.
public struct WeekCalendar: Hashable, Sendable {
    public let timeZone: TimeZone
    private let calendar: Calendar

    public init(timeZone: TimeZone) {
        var calendar = Calendar(identifier: .iso8601)
        // Set explicitly rather than trusting the platform's defaults for `.iso8601`.
        calendar.firstWeekday = 2
        calendar.minimumDaysInFirstWeek = 4
        calendar.timeZone = timeZone
        self.timeZone = timeZone
        self.calendar = calendar
    }

    /// Keel's default: the Nordic organizations it was written for run on Stockholm time
    /// (the same offsets as Oslo and Copenhagen). Foundation ships the tz database on every
    /// platform Keel supports, so the identifier always resolves. An organization's own time
    /// zone is its setting (`OrganizationSettings.calendar()` in the store); this is what it is
    /// until changed, and what the domain's pure functions assume when a test passes none.
    public static let stockholm = WeekCalendar(timeZone: TimeZone(identifier: defaultTimeZoneIdentifier)!)

    /// The time zone of an organization that never chose one.
    public static let defaultTimeZoneIdentifier = "Europe/Stockholm"

    /// The calendar of an IANA time zone such as `Europe/Oslo`; `nil` for an unknown name.
    public init?(timeZoneIdentifier: String) {
        guard let timeZone = TimeZone(identifier: timeZoneIdentifier) else { return nil }
        self.init(timeZone: timeZone)
    }

    public func week(containing date: Date) -> ISOWeek {
        let parts = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
        // The calendar only produces valid weeks, so the failable init cannot fail here.
        return ISOWeek(year: parts.yearForWeekOfYear!, week: parts.weekOfYear!)!
    }

    /// Monday 00:00 of the week, local time.
    public func start(of week: ISOWeek) -> Date {
        calendar.date(from: DateComponents(weekday: 2, weekOfYear: week.week, yearForWeekOfYear: week.year))!
    }

    /// The half-open interval from the first week's Monday 00:00 to the Monday after the last
    /// week, for filtering dated records (deals closed, stages entered) by a span of weeks.
    public func dateRange(of weeks: ClosedRange<ISOWeek>) -> Range<Date> {
        start(of: weeks.lowerBound)..<start(of: weeks.upperBound.next)
    }

    /// The first day of the month, 00:00 local time.
    public func start(of month: CalendarMonth) -> Date {
        calendar.date(from: DateComponents(year: month.year, month: month.month, day: 1))!
    }

    /// From the first month's first day to the first day after the last month, for filtering
    /// dated records (deals closed, stages entered) by a span of months.
    public func dateRange(of months: ClosedRange<CalendarMonth>) -> Range<Date> {
        start(of: months.lowerBound)..<start(of: months.upperBound.adding(months: 1))
    }

    public func month(containing date: Date) -> CalendarMonth {
        let parts = calendar.dateComponents([.year, .month], from: date)
        return CalendarMonth(year: parts.year!, month: parts.month!)!
    }

    /// The months from the one holding the first week's Monday to the one holding the last
    /// week's Sunday: the deal analyses' span for a span of weeks.
    public func months(spanning weeks: ClosedRange<ISOWeek>) -> ClosedRange<CalendarMonth> {
        month(containing: start(of: weeks.lowerBound)) ... month(containing: start(of: weeks.upperBound.next).addingTimeInterval(-1))
    }

    /// The number of midnights between the two moments' local dates (negative when `end` is on
    /// an earlier date). Counting dates instead of dividing seconds by 86,400 keeps a stay
    /// across the spring daylight-saving change a whole number of days, and makes "closed
    /// 2017-03-30, engaged 2017-03-20" exactly 10 whatever time of day the import chose.
    public func calendarDays(from start: Date, to end: Date) -> Int {
        localDayNumber(of: end) - localDayNumber(of: start)
    }

    /// Days from 1970-01-01 to the date's calendar date in this calendar's time zone: the
    /// instant moved by the zone's offset at that instant, then whole days. The same count as
    /// asking the calendar for the days between the two dates' midnights, at a fraction of the
    /// cost — the stall analysis asks it for every open deal of an organization.
    public func localDayNumber(of date: Date) -> Int {
        let local = date.timeIntervalSince1970 + Double(calendar.timeZone.secondsFromGMT(for: date))
        return Int((local / 86_400).rounded(.down))
    }

    /// The week or month holding `date`, as asked.
    public func period(containing date: Date, granularity: ReportingPeriod.Granularity) -> ReportingPeriod {
        switch granularity {
        case .week: .week(week(containing: date))
        case .month: .month(month(containing: date))
        }
    }
}
