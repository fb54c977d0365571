import SalesDomain

/// What one person's activities and postponements add to every group they belong to.
public struct PersonContribution: Hashable, Sendable {
    public var rollup: ScopeRollup
    /// Weekly and monthly reason tallies, both kept.
    public var reasons: [ScopeReasonTally.Key: ScopeReasonTally]
    /// The weeks and months of each reason chained, so groups can count distinct givers.
    public var reasonOccurrences: ReasonOccurrences
    /// The person's deals (as owner) as additive counts.
    public var deals: DealFacts

    /// `reasonOccurrences` default to those of `reasons`, which is what a person's are; a
    /// group's stored rows are passed explicitly, since a group's sums do not chain.
    public init(
        rollup: ScopeRollup = .empty, reasons: [ScopeReasonTally.Key: ScopeReasonTally] = [:],
        reasonOccurrences: ReasonOccurrences? = nil, deals: DealFacts = .empty
    ) {
        self.rollup = rollup
        self.reasons = reasons
        self.reasonOccurrences = reasonOccurrences ?? .of(reasons.values)
        self.deals = deals
    }

    public static let empty = PersonContribution()

    /// From the person's own activities, postponements and deals (others' are ignored).
    public init(
        activities: some Sequence<Activity>, postponements: [Postponement], deals: some Sequence<DealHistory>,
        policy: PressurePolicy, pipeline: DealPipeline, calendar: WeekCalendar
    ) {
        let tallies = WeeklyActivityTally.tallies(activities: activities, postponements: postponements, calendar: calendar)
        var reasons: [ScopeReasonTally.Key: ScopeReasonTally] = [:]
        for granularity in [ReportingPeriod.Granularity.week, .month] {
            let personTallies = ReasonTally.tallies(postponements: postponements, granularity: granularity, calendar: calendar)
            ScopeReasonTally.accumulate(personTallies.map(ScopeReasonTally.init), into: &reasons)
        }
        let facts = deals.reduce(into: DealFacts()) { sum, history in sum.add(DealFacts.of(history, pipeline: pipeline, calendar: calendar)) }
        self.init(rollup: ScopeRollup.contribution(of: tallies, policy: policy), reasons: reasons, deals: facts)
    }
}
