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
        weeks span: ClosedRange<ISOWeek>, asOf: Date, calendar: WeekCalendar
    ) -> [Key: ExecutionRateReport] {
        let currentWeek = calendar.week(containing: asOf)
        let counted = tallies.lazy.filter { span.contains($0.week) && $0.week < currentWeek && $0.plannedActivities > 0 }
        return ScopeRollup.byGroup(tallies: counted, grouping: grouping, policy: PressurePolicy())
            .mapValues { ExecutionRateReport(rollup: $0, weeks: span, asOf: asOf, calendar: calendar) }
    }

    /// The execution rate of one group from its rollup; see
    /// ``byGroup(tallies:grouping:weeks:asOf:calendar:)`` for the definition.
    public init(rollup: ScopeRollup, weeks span: ClosedRange<ISOWeek>, asOf: Date, calendar: WeekCalendar) {
        let currentWeek = calendar.week(containing: asOf)
        self.init(overall: ExecutionRate(), byType: [:])
        for tally in rollup.tallies.values where span.contains(tally.week) && tally.week < currentWeek && tally.plannedActivities > 0 {
            let rate = ExecutionRate(planned: tally.plannedActivities, doneOnTime: tally.doneByPlannedWeek)
            overall.add(rate)
            byType[tally.activityType, default: ExecutionRate()].add(rate)
        }
    }
}
