import Foundation

/// What one group pushes aside when loaded: the "dropped under pressure" analysis.
public struct PressureReport: Hashable, Sendable, Codable {
    /// Person-weeks (one person, one week) classed high-load.
    public var highLoadWeeks: Int
    /// Person-weeks classed normal.
    public var normalWeeks: Int
    /// Person-weeks left out because the person had no capacity (leave, holiday).
    public var zeroCapacityWeeks: Int
    /// Largest difference first: the types deprioritized first under pressure lead the list.
    public var comparisons: [PressureComparison]

    public init(highLoadWeeks: Int, normalWeeks: Int, zeroCapacityWeeks: Int, comparisons: [PressureComparison]) {
        self.highLoadWeeks = highLoadWeeks
        self.normalWeeks = normalWeeks
        self.zeroCapacityWeeks = zeroCapacityWeeks
        self.comparisons = comparisons
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
    ///
    /// Sorted by difference, largest first, then by type; types without a difference (seen in
    /// only one kind of week) come last. Only weeks ended by `asOf` count, as in
    /// ``ExecutionRateReport/byGroup(tallies:grouping:weeks:asOf:calendar:)``.
    public static func byGroup<Key>(
        tallies: some Sequence<WeeklyActivityTally>, grouping: PersonGrouping<Key>,
        weeks span: ClosedRange<ISOWeek>, asOf: Date, policy: PressurePolicy = PressurePolicy(),
        calendar: WeekCalendar = .stockholm
    ) -> [Key: PressureReport] {
        let currentWeek = calendar.week(containing: asOf)
        var talliesByPersonWeek: [PersonWeek: [WeeklyActivityTally]] = [:]
        for tally in tallies where span.contains(tally.week) && tally.week < currentWeek {
            talliesByPersonWeek[PersonWeek(personID: tally.personID, week: tally.week), default: []].append(tally)
        }

        var accumulators: [Key: PressureAccumulator] = [:]
        for (personWeek, weekTallies) in talliesByPersonWeek {
            let keys = grouping.keys(for: personWeek.personID)
            guard !keys.isEmpty else { continue }
            let capacity = policy.capacity.hours(for: personWeek.personID, in: personWeek.week)
            guard capacity > 0 else {
                for key in keys { accumulators[key, default: PressureAccumulator()].zeroCapacityWeeks += 1 }
                continue
            }
            let scheduledHours = Double(weekTallies.reduce(0) { $0 + $1.scheduledMinutes }) / 60
            let isHighLoad = scheduledHours / capacity > policy.highLoadThreshold
            for key in keys {
                var accumulator = accumulators[key, default: PressureAccumulator()]
                if isHighLoad { accumulator.highLoadWeeks += 1 } else { accumulator.normalWeeks += 1 }
                for tally in weekTallies where tally.scheduledActivities > 0 {
                    if isHighLoad {
                        accumulator.highLoad[tally.activityType, default: PostponementRate()].add(tally)
                    } else {
                        accumulator.normal[tally.activityType, default: PostponementRate()].add(tally)
                    }
                }
                accumulators[key] = accumulator
            }
        }

        return accumulators.mapValues { accumulator in
            let types = Set(accumulator.highLoad.keys).union(accumulator.normal.keys)
            let comparisons = types.map { type in
                PressureComparison(
                    activityType: type, highLoad: accumulator.highLoad[type] ?? PostponementRate(),
                    normal: accumulator.normal[type] ?? PostponementRate())
            }
            return PressureReport(
                highLoadWeeks: accumulator.highLoadWeeks, normalWeeks: accumulator.normalWeeks,
                zeroCapacityWeeks: accumulator.zeroCapacityWeeks, comparisons: comparisons.sorted(by: risesMoreFirst))
        }
    }

    private static func risesMoreFirst(_ lhs: PressureComparison, _ rhs: PressureComparison) -> Bool {
        switch (lhs.difference, rhs.difference) {
        case let (left?, right?) where left != right: left > right
        case (.some, nil): true
        case (nil, .some): false
        default: lhs.activityType < rhs.activityType
        }
    }
}

private struct PersonWeek: Hashable {
    var personID: Person.ID
    var week: ISOWeek
}

private struct PressureAccumulator {
    var highLoadWeeks = 0
    var normalWeeks = 0
    var zeroCapacityWeeks = 0
    var highLoad: [ActivityType: PostponementRate] = [:]
    var normal: [ActivityType: PostponementRate] = [:]
}
