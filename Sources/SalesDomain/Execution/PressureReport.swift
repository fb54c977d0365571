import Foundation

/// What one group pushes aside when loaded: the "dropped under pressure" analysis.
public struct PressureReport: Hashable, Sendable, Codable {
    /// Person-weeks (one person, one week) classed high-load.
    public var highLoadWeeks: Int
    /// Person-weeks classed normal.
    public var normalWeeks: Int
    /// Person-weeks left out because the person had no capacity (leave, holiday).
    public var zeroCapacityWeeks: Int
    /// Shown differences first, largest first: the types deprioritized first under pressure
    /// lead the list; comparisons short of ``minimum`` follow.
    public var comparisons: [PressureComparison]
    /// The evidence a comparison needs before its difference is shown.
    public var minimum: PressureMinimum

    public init(
        highLoadWeeks: Int, normalWeeks: Int, zeroCapacityWeeks: Int, comparisons: [PressureComparison],
        minimum: PressureMinimum = .standard
    ) {
        self.highLoadWeeks = highLoadWeeks
        self.normalWeeks = normalWeeks
        self.zeroCapacityWeeks = zeroCapacityWeeks
        self.comparisons = comparisons
        self.minimum = minimum
    }

    /// Postponement rate per activity type in high-load versus normal weeks, per group
    /// (SPEC §2, analysis 3).
    ///
    /// Definitions, per person-week (one person's tallies for one ISO week):
    /// - load = Σ `scheduledMinutes` ÷ 60 ÷ capacity hours, over all the person's activity
    ///   types that week; the week is *high-load* when load > `policy.highLoadThreshold`,
    ///   *normal* otherwise. High load is a property of the person's own week, so a loaded
    ///   seller in a calm team still counts as loaded.
    /// - person-weeks with zero capacity are left out: nobody works them, so what was pushed
    ///   out of them says nothing about priorities under pressure.
    /// - per activity type, rate = Σ `pushedOut` ÷ Σ `scheduledActivities` over the group's
    ///   high-load person-weeks, and the same over its normal person-weeks;
    ///   difference = high-load rate − normal rate.
    /// - a difference is shown only when the group has at least `minimum.weeks` high-load and
    ///   `minimum.weeks` normal person-weeks, and the type at least `minimum.plannedActivities`
    ///   scheduled activities in its high-load and in its normal weeks (``PressureMinimum``);
    ///   below that the comparison keeps its counts and says it has not enough data.
    ///
    /// Sorted with shown differences first, largest first, then by type; comparisons without
    /// enough data, and types seen in only one kind of week, come last. Only weeks ended by
    /// `asOf` count, as in
    /// ``ExecutionRateReport/byGroup(tallies:grouping:weeks:asOf:calendar:)``.
    public static func byGroup<Key>(
        tallies: some Sequence<WeeklyActivityTally>, grouping: PersonGrouping<Key>,
        weeks span: ClosedRange<ISOWeek>, asOf: Date, policy: PressurePolicy = PressurePolicy(),
        minimum: PressureMinimum = .standard, calendar: WeekCalendar
    ) -> [Key: PressureReport] {
        let currentWeek = calendar.week(containing: asOf)
        let counted = tallies.lazy.filter { span.contains($0.week) && $0.week < currentWeek }
        return ScopeRollup.byGroup(tallies: counted, grouping: grouping, policy: policy)
            .mapValues { PressureReport(rollup: $0, weeks: span, asOf: asOf, minimum: minimum, calendar: calendar) }
    }

    /// The pressure comparison of one group from its rollup, whose load classes were decided
    /// with the policy the rollup was built with; see
    /// ``byGroup(tallies:grouping:weeks:asOf:policy:minimum:calendar:)`` for the definition.
    public init(
        rollup: ScopeRollup, weeks span: ClosedRange<ISOWeek>, asOf: Date, minimum: PressureMinimum = .standard, calendar: WeekCalendar
    ) {
        let currentWeek = calendar.week(containing: asOf)
        func counted(_ week: ISOWeek) -> Bool { span.contains(week) && week < currentWeek }
        var loads = LoadWeekCount(week: span.lowerBound)
        for load in rollup.loads.values where counted(load.week) {
            loads.highLoadWeeks += load.highLoadWeeks
            loads.normalWeeks += load.normalWeeks
            loads.zeroCapacityWeeks += load.zeroCapacityWeeks
        }
        var highLoad: [ActivityType: PostponementRate] = [:]
        var normal: [ActivityType: PostponementRate] = [:]
        for tally in rollup.tallies.values where counted(tally.week) {
            if tally.highLoad.scheduled > 0 { highLoad[tally.activityType, default: PostponementRate()].add(tally.highLoad) }
            if tally.normal.scheduled > 0 { normal[tally.activityType, default: PostponementRate()].add(tally.normal) }
        }
        let comparisons = Set(highLoad.keys).union(normal.keys).map { type in
            let high = highLoad[type] ?? PostponementRate(), usual = normal[type] ?? PostponementRate()
            return PressureComparison(
                activityType: type, highLoad: high, normal: usual,
                hasEnoughData: minimum.isMet(
                    highLoadWeeks: loads.highLoadWeeks, normalWeeks: loads.normalWeeks,
                    highLoadPlanned: high.scheduled, normalPlanned: usual.scheduled))
        }
        self.init(
            highLoadWeeks: loads.highLoadWeeks, normalWeeks: loads.normalWeeks, zeroCapacityWeeks: loads.zeroCapacityWeeks,
            comparisons: comparisons.sorted(by: Self.risesMoreFirst), minimum: minimum)
    }

    private static func risesMoreFirst(_ lhs: PressureComparison, _ rhs: PressureComparison) -> Bool {
        if lhs.hasEnoughData != rhs.hasEnoughData { return lhs.hasEnoughData }
        return switch (lhs.difference, rhs.difference) {
        case let (left?, right?) where left != right: left > right
        case (.some, nil): true
        case (nil, .some): false
        default: lhs.activityType < rhs.activityType
        }
    }
}
