import Foundation

/// The generated span as day numbers: day 0 is the first Monday, day 7 the next Monday.
///
/// The planners count in days and minutes and turn them into dates only at the end, because
/// asking a `Calendar` for ten million dates would take longer than all the rest. Week starts
/// come from the ``WeekCalendar`` (so they are local midnights, whatever daylight saving does);
/// within a week only Monday to Friday are used, and daylight saving changes on a Sunday, so
/// adding whole days of seconds to Monday 00:00 lands on the right local time.
struct DemoTimeline: Sendable {
    let weeks: Int
    /// Monday 00:00 of each generated week and of the three after it (moved work can land there).
    private let weekStarts: [Date]
    /// The ISO week number of each generated week, for the seasonal rhythm.
    let weekNumbers: [Int]
    /// Monday 00:00 after the last week: nothing generated as done or decided is on or after it.
    let end: Date

    static let extraWeeks = 3

    init(spec: DemoExecutionSpec) {
        weeks = max(spec.weeks, 0)
        var starts: [Date] = []
        var numbers: [Int] = []
        var week = spec.firstWeek
        for index in 0..<(weeks + Self.extraWeeks) {
            starts.append(spec.calendar.start(of: week))
            if index < weeks { numbers.append(week.week) }
            week = week.next
        }
        weekStarts = starts
        weekNumbers = numbers
        end = starts[weeks]
    }

    var dayCount: Int { weeks * 7 }

    /// The moment `minute` minutes after local midnight on `day`; `day` must be a weekday
    /// (see ``nextWorkday(_:)``) within the span or the three weeks after it.
    func date(day: Int, minute: Int) -> Date {
        weekStarts[day / 7].addingTimeInterval(TimeInterval((day % 7) * 86_400 + minute * 60))
    }

    func weekStart(_ week: Int) -> Date {
        weekStarts[week]
    }

    /// `day`, or the Monday after it when it is a Saturday or Sunday.
    static func nextWorkday(_ day: Int) -> Int {
        let weekday = day % 7
        return weekday >= 5 ? day + 7 - weekday : day
    }

    /// The last two weeks of each quarter, when deals are pushed to close and calendars fill up.
    func isQuarterEnd(week: Int) -> Bool {
        [12, 13, 25, 26, 38, 39, 51, 52].contains(weekNumbers[week])
    }
}
