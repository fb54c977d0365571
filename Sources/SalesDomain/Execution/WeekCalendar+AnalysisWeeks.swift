import Foundation

extension WeekCalendar {
    /// How many weeks an analysis covers when nobody chose a span: a quarter.
    public static let defaultAnalysisWeekCount = 13

    /// The last week that had ended by `date`: the week before the one `date` falls in.
    public func lastEndedWeek(asOf date: Date) -> ISOWeek {
        week(containing: date).previous
    }

    /// The span every analysis page and its API read when the request names none: the
    /// ``defaultAnalysisWeekCount`` weeks ending with the last ended week. A running week is
    /// left out by default because a part of a week drawn beside whole ones reads as a whole
    /// one (one call on a Monday shows as a week of 100 % selling); it is shown, marked as in
    /// progress, only when a span asks for it.
    public func defaultAnalysisWeeks(asOf date: Date) -> ClosedRange<ISOWeek> {
        lastEndedWeek(asOf: date).span(of: Self.defaultAnalysisWeekCount)
    }
}
