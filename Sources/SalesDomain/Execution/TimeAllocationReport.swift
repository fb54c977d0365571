import Foundation

/// Time allocation of one group over a span of weeks, with the week-by-week trend.
public struct TimeAllocationReport: Hashable, Sendable, Codable {
    public struct Week: Hashable, Sendable, Codable {
        public var week: ISOWeek
        public var allocation: TimeAllocation
        /// The week `asOf` falls in: its hours are only those done so far, so its shares are
        /// not comparable with an ended week's and a reader must be told.
        public var inProgress: Bool

        public init(week: ISOWeek, allocation: TimeAllocation, inProgress: Bool = false) {
            self.week = week
            self.allocation = allocation
            self.inProgress = inProgress
        }

        /// Hours done in the week, all categories: the volume its shares rest on.
        public var hours: Double { Double(allocation.totalMinutes) / 60 }
    }

    /// The whole span.
    public var total: TimeAllocation
    /// Every week of the span, oldest first, including weeks with nothing recorded (their
    /// shares are `nil`), so a chart's x-axis has no gaps.
    public var weeks: [Week]

    public init(total: TimeAllocation, weeks: [Week]) {
        self.total = total
        self.weeks = weeks
    }

    /// Time allocation per group (SPEC §2, analysis 1).
    ///
    /// Definition: for each group and week, the `doneMinutes` of the group members' tallies are
    /// summed per work category, the category being `rules.category(of: activityType)`;
    /// share(c) = minutes(c) ÷ minutes(all categories). Time counts in the week the work was
    /// done, not the week it was planned: this is where the hours went. The span's total is the
    /// sum of its weeks, so its shares are weighted by hours, not an average of weekly shares.
    ///
    /// The week holding `asOf` is marked ``Week/inProgress`` when the span reaches it; weeks
    /// after it have nothing done yet and show no shares.
    ///
    /// Groups with no tallies in the span are absent from the result.
    public static func byGroup<Key>(
        tallies: some Sequence<WeeklyActivityTally>, rules: WorkCategoryRules,
        grouping: PersonGrouping<Key>, weeks span: ClosedRange<ISOWeek>, asOf: Date, calendar: WeekCalendar
    ) -> [Key: TimeAllocationReport] {
        // Load classes play no part in time allocation; any policy gives the same sums.
        ScopeRollup.byGroup(tallies: tallies.lazy.filter { span.contains($0.week) }, grouping: grouping, policy: PressurePolicy())
            .mapValues { TimeAllocationReport(rollup: $0, rules: rules, weeks: span, asOf: asOf, calendar: calendar) }
    }

    /// The time allocation of one group from its rollup; see
    /// ``byGroup(tallies:rules:grouping:weeks:asOf:calendar:)`` for the definition.
    public init(rollup: ScopeRollup, rules: WorkCategoryRules, weeks span: ClosedRange<ISOWeek>, asOf: Date, calendar: WeekCalendar) {
        let running = calendar.week(containing: asOf)
        var allocationByWeek: [ISOWeek: TimeAllocation] = [:]
        for tally in rollup.tallies.values where span.contains(tally.week) {
            allocationByWeek[tally.week, default: TimeAllocation()]
                .add(minutes: tally.doneMinutes, to: rules.category(of: tally.activityType))
        }
        var total = TimeAllocation()
        let weeks = ISOWeek.all(in: span).map { week in
            let allocation = allocationByWeek[week] ?? TimeAllocation()
            for category in WorkCategory.allCases {
                total.add(minutes: allocation.minutes(in: category), to: category)
            }
            return Week(week: week, allocation: allocation, inProgress: week == running)
        }
        self.init(total: total, weeks: weeks)
    }
}
