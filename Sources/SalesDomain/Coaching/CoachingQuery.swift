import Foundation

/// The coaching screen's question (`/coaching` and `GET /api/v1/coaching`): the sellers of one
/// scope, their rhythm over whole calendar months, as of a moment.
public struct CoachingQuery: Hashable, Sendable {
    public var scope: AnalysisScope
    public var months: ClosedRange<CalendarMonth>
    public var asOf: Date
    /// Which of the scope's sellers, most in need of coaching first, the answer lists; its
    /// counts are always the whole scope's.
    public var page: ListPage

    public init(scope: AnalysisScope, months: ClosedRange<CalendarMonth>, asOf: Date, page: ListPage = .all) {
        self.scope = scope
        self.months = months
        self.asOf = asOf
        self.page = page
    }

    /// By default the three whole months before the one holding `asOf`: a month still running
    /// would count every seller as behind.
    public static func lastWholeMonths(_ count: Int = 3, scope: AnalysisScope, asOf: Date, calendar: WeekCalendar) -> CoachingQuery {
        let current = calendar.month(containing: asOf)
        return CoachingQuery(scope: scope, months: current.adding(months: -count)...current.adding(months: -1), asOf: asOf)
    }

    /// The whole months an analysis period of weeks stands for, so a page that shows the weeks
    /// shows coaching over the same stretch: each week counts in the month that holds its
    /// Thursday (as ISO 8601 dates a week to a year), and a month still running is left out
    /// while an earlier one is in the period — it would count every seller as behind. The 13
    /// ended weeks before a December day give September to November, as `lastWholeMonths` does.
    public static func covering(
        _ weeks: ClosedRange<ISOWeek>, scope: AnalysisScope, asOf: Date, calendar: WeekCalendar
    ) -> CoachingQuery {
        func month(of week: ISOWeek) -> CalendarMonth {
            calendar.month(containing: calendar.start(of: week).addingTimeInterval(3 * 86_400 + 12 * 3_600))
        }
        let first = month(of: weeks.lowerBound)
        let lastWhole = calendar.month(containing: asOf).adding(months: -1)
        let last = max(first, min(month(of: weeks.upperBound), lastWhole))
        return CoachingQuery(scope: scope, months: first...last, asOf: asOf)
    }
}
