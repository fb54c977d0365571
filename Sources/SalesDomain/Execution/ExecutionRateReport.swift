import Foundation

/// Execution rate of one group over a span of weeks, overall and per activity type.
public struct ExecutionRateReport: Hashable, Sendable, Codable {
    public var overall: ExecutionRate
    public var byType: [ActivityType: ExecutionRate]

    public init(overall: ExecutionRate, byType: [ActivityType: ExecutionRate]) {
        self.overall = overall
        self.byType = byType
    }

    /// Execution rate per group (SPEC §2, analysis 2).
    ///
    /// Definition: rate = activities done by the end of their originally planned ISO week ÷
    /// activities originally planned in the span, i.e. Σ `doneByPlannedWeek` ÷
    /// Σ `plannedActivities` over the group's tallies. Two choices, both so that the number
    /// measures "did what was planned for the week happen":
    /// - an activity moved to a later week and done there is *not* on time — otherwise
    ///   re-planning would hide every miss;
    /// - an activity done early (in an earlier week) *is* on time.
    ///
    /// Only weeks that have ended by `asOf` count (the week holding `asOf` is excluded): an
    /// open week would show not-yet-done work as missed.
    public static func byGroup<Key>(
        tallies: some Sequence<WeeklyActivityTally>, grouping: PersonGrouping<Key>,
        weeks span: ClosedRange<ISOWeek>, asOf: Date, calendar: WeekCalendar = .stockholm
    ) -> [Key: ExecutionRateReport] {
        let currentWeek = calendar.week(containing: asOf)
        var reports: [Key: ExecutionRateReport] = [:]
        for tally in tallies where span.contains(tally.week) && tally.week < currentWeek && tally.plannedActivities > 0 {
            for key in grouping.keys(for: tally.personID) {
                reports[key, default: ExecutionRateReport(overall: ExecutionRate(), byType: [:])].add(tally)
            }
        }
        return reports
    }

    private mutating func add(_ tally: WeeklyActivityTally) {
        overall.add(tally)
        byType[tally.activityType, default: ExecutionRate()].add(tally)
    }
}
