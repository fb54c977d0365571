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
}
