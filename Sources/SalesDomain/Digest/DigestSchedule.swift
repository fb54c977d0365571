import Foundation

/// When the weekly digest goes out: Monday 07:00 in the organization's time zone, before the
/// week's first meetings. A digest belongs to the ISO week it is sent in, so a server that was
/// down on Monday morning composes it as soon as it is back, any time that week — and never
/// twice, since a week's message per person is stored once.
public enum DigestSchedule {
    public static let weekday = 2
    public static let hour = 7

    /// Monday 07:00 local time of the week. Daylight saving changes on a Sunday at 02:00 or
    /// 03:00, so the local wall clock, not a fixed offset from midnight, decides.
    public static func sendTime(of week: ISOWeek, calendar: WeekCalendar) -> Date {
        var gregorian = Calendar(identifier: .iso8601)
        gregorian.timeZone = calendar.timeZone
        let monday = calendar.day(containing: calendar.start(of: week))
        return gregorian.date(from: DateComponents(year: monday.year, month: monday.month, day: monday.day, hour: hour))!
    }

    /// The week whose digest is due at `date`: the week holding it once its Monday 07:00 has
    /// passed, else none — a Monday before seven never sends last week's stale digest.
    public static func dueWeek(at date: Date, calendar: WeekCalendar) -> ISOWeek? {
        let week = calendar.week(containing: date)
        return date >= sendTime(of: week, calendar: calendar) ? week : nil
    }

    /// The Sunday that ends the week: what is due "this week" is due on or before it.
    public static func lastDay(of week: ISOWeek, calendar: WeekCalendar) -> CalendarDay {
        calendar.day(containing: calendar.start(of: week.next)).adding(days: -1)
    }
}
