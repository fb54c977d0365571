import Foundation

/// The execution analyses screen's question (`/execution` and `GET /api/v1/analyses/…`): one
/// scope over a span of ISO weeks. The deal analyses cover the calendar months those weeks touch,
/// so one period picker serves all six.
public struct ExecutionQuery: Hashable, Sendable {
    public var scope: AnalysisScope
    public var weeks: ClosedRange<ISOWeek>
    public var asOf: Date
    /// How many of the most overdue stalled deals the screen lists.
    public var stalledLimit: Int
    /// The position in the stalled list, most days over first, that the screen's page starts at.
    public var stalledOffset: Int

    public init(scope: AnalysisScope, weeks: ClosedRange<ISOWeek>, asOf: Date, stalledLimit: Int = 25, stalledOffset: Int = 0) {
        self.scope = scope
        self.weeks = weeks
        self.asOf = asOf
        self.stalledLimit = stalledLimit
        self.stalledOffset = stalledOffset
    }

    /// The months from the one holding the first week's Monday to the one holding the last
    /// week's Sunday.
    public func months(in calendar: WeekCalendar) -> ClosedRange<CalendarMonth> {
        calendar.months(spanning: weeks)
    }
}
