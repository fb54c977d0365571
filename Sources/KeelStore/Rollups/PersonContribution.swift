import SalesDomain

/// What one person's activities and postponements add to every group they belong to.
public struct PersonContribution: Hashable, Sendable {
    public var rollup: ScopeRollup
    /// Weekly and monthly reason tallies, both kept.
    public var reasons: [ScopeReasonTally.Key: ScopeReasonTally]

    public init(rollup: ScopeRollup = .empty, reasons: [ScopeReasonTally.Key: ScopeReasonTally] = [:]) {
        self.rollup = rollup
        self.reasons = reasons
    }

    public static let empty = PersonContribution()

    /// From the person's own activities and postponements (others' are ignored).
    public init(
        activities: some Sequence<Activity>, postponements: [Postponement], policy: PressurePolicy,
        calendar: WeekCalendar = .stockholm
    ) {
        let tallies = WeeklyActivityTally.tallies(activities: activities, postponements: postponements, calendar: calendar)
        var reasons: [ScopeReasonTally.Key: ScopeReasonTally] = [:]
        for granularity in [ReportingPeriod.Granularity.week, .month] {
            let personTallies = ReasonTally.tallies(postponements: postponements, granularity: granularity, calendar: calendar)
            ScopeReasonTally.accumulate(personTallies.map(ScopeReasonTally.init), into: &reasons)
        }
        self.init(rollup: ScopeRollup.contribution(of: tallies, policy: policy), reasons: reasons)
    }
}
