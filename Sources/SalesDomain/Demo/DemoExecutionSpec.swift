import Foundation

/// What execution history to generate for a demo organization: which seed, and which run of
/// ISO weeks.
///
/// The span is given as a first ISO week rather than a start date so that it always begins on
/// a Monday at local midnight: every execution analysis counts by ISO week, and a span that
/// began mid-week would leave a half-planned first week in every report.
public struct DemoExecutionSpec: Hashable, Sendable {
    public var seed: UInt64
    public var firstWeek: ISOWeek
    /// How many weeks of history; 52 is the year the demo promises.
    public var weeks: Int
    /// Where midnight is for the generated dates, and so which week each activity lands in.
    public var calendar: WeekCalendar
    /// Every seller's working hours per week: the same default as ``WeeklyCapacity``, so the
    /// generated high-load weeks are high-load in the analyses' default policy too.
    public var capacityHours: Double

    public init(
        seed: UInt64, firstWeek: ISOWeek, weeks: Int = 52, calendar: WeekCalendar, capacityHours: Double = 40
    ) {
        self.seed = seed
        self.firstWeek = firstWeek
        self.weeks = weeks
        self.calendar = calendar
        self.capacityHours = capacityHours
    }

    /// The `weeks` full weeks that end just before the week holding `date`: "the last year"
    /// for a demo created today, whose history then reaches up to this Monday.
    public static func weeks(
        _ weeks: Int = 52, endingBefore date: Date, seed: UInt64, calendar: WeekCalendar
    ) -> DemoExecutionSpec {
        var first = calendar.week(containing: date)
        for _ in 0..<max(weeks, 1) {
            first = first.previous
        }
        return DemoExecutionSpec(seed: seed, firstWeek: first, weeks: max(weeks, 1), calendar: calendar)
    }

    /// Monday 00:00 (local) of the first week.
    public var startDate: Date { calendar.start(of: firstWeek) }

    /// The last generated week.
    public var lastWeek: ISOWeek {
        var week = firstWeek
        for _ in 1..<max(weeks, 1) {
            week = week.next
        }
        return week
    }

    /// The generated weeks, for the `weeks:` argument of the analyses.
    public var weekRange: ClosedRange<ISOWeek> { firstWeek...lastWeek }

    /// Monday 00:00 after the last week. Every generated done date, transition, close and review
    /// is before it, so it is the `asOf` under which the whole span counts as past.
    public var endDate: Date { calendar.start(of: lastWeek.next) }

    /// From the first Monday to the Monday after the last week.
    public var dateRange: Range<Date> { startDate..<endDate }

    /// Refuses a span without weeks and a capacity that is not positive (load would divide by it).
    public func validated() throws(FieldError) -> DemoExecutionSpec {
        if weeks < 1 {
            throw FieldError(field: "weeks", code: .invalidValue, .demoWeeksTooFew)
        }
        if !(capacityHours > 0) {
            throw FieldError(field: "capacityHours", code: .invalidValue, .capacityNotPositive)
        }
        return self
    }
}
