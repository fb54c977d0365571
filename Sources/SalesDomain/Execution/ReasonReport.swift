/// Which reasons one group gives for postponing, how they recur, and how reviews came out
/// (SPEC §2, analysis 6).
public struct ReasonReport: Hashable, Sendable, Codable {
    /// Recurring reasons first, then by number of periods, total and code.
    public var reasons: [ReasonFrequency]
    public var review: ReviewShares

    public init(reasons: [ReasonFrequency], review: ReviewShares) {
        self.reasons = reasons
        self.review = review
    }

    /// Reasons over time per group: per person with ``PersonGrouping/eachPerson``, across a team
    /// with ``PersonGrouping/byTeam(_:)``.
    ///
    /// Definitions, over the group's tallies in `periods` (all when `nil`):
    /// - count of a reason in a period = postponements with that reason whose `from` date falls
    ///   in the period (week or month, as the tallies were made);
    /// - a reason *recurs* when it was given in at least `recurringInAtLeast` distinct periods
    ///   (default 2: it came back at least once);
    /// - verified-obstacle share = verified obstacles ÷ reviewed postponements, and
    ///   accepted-excuse share = accepted excuses ÷ reviewed postponements (see ``ReviewShares``).
    public static func byGroup<Key>(
        tallies: some Sequence<ReasonTally>, catalog: ReasonCatalog, grouping: PersonGrouping<Key>,
        periods: ClosedRange<ReportingPeriod>? = nil, recurringInAtLeast: Int = 2
    ) -> [Key: ReasonReport] {
        var sums: [Key: [ScopeReasonTally.Key: ScopeReasonTally]] = [:]
        var people: [Key: [ReasonCode: Set<Person.ID>]] = [:]
        for tally in tallies where tally.postponements > 0 && (periods?.contains(tally.period) ?? true) {
            for key in grouping.keys(for: tally.personID) {
                ScopeReasonTally.accumulate(CollectionOfOne(ScopeReasonTally(tally)), into: &sums[key, default: [:]])
                people[key, default: [:]][tally.reasonCode, default: []].insert(tally.personID)
            }
        }
        return sums.reduce(into: [:]) { reports, entry in
            reports[entry.key] = ReasonReport(
                rollup: entry.value.values, catalog: catalog, periods: periods, recurringInAtLeast: recurringInAtLeast,
                people: people[entry.key]?.mapValues(\.count))
        }
    }

    /// The reasons report of one group from its rollup; see
    /// ``byGroup(tallies:catalog:grouping:periods:recurringInAtLeast:)`` for the definitions.
    /// Pass the rollup rows of one granularity (weeks or months). `people` is the number of
    /// distinct people per reason when the caller knows it; without it the field stays empty.
    public init(
        rollup: some Sequence<ScopeReasonTally>, catalog: ReasonCatalog, periods: ClosedRange<ReportingPeriod>? = nil,
        recurringInAtLeast: Int = 2, people: [ReasonCode: Int]? = nil
    ) {
        var countByPeriod: [ReasonCode: [ReportingPeriod: Int]] = [:]
        var review = ReviewShares()
        for tally in rollup where tally.postponements > 0 && (periods?.contains(tally.period) ?? true) {
            countByPeriod[tally.reasonCode, default: [:]][tally.period, default: 0] += tally.postponements
            review.postponements += tally.postponements
            review.verifiedObstacles += tally.verifiedObstacles
            review.acceptedExcuses += tally.acceptedExcuses
        }
        let frequencies = countByPeriod.map { code, counts in
            ReasonFrequency(
                reasonCode: code, reasonClass: catalog.reasonClass(of: code), total: counts.values.reduce(0, +),
                people: people?[code],
                counts: counts.sorted { $0.key < $1.key }.map { ReasonFrequency.PeriodCount(period: $0.key, count: $0.value) },
                isRecurring: counts.count >= recurringInAtLeast)
        }
        self.init(reasons: frequencies.sorted(by: Self.recurringFirst), review: review)
    }

    private static func recurringFirst(_ lhs: ReasonFrequency, _ rhs: ReasonFrequency) -> Bool {
        if lhs.isRecurring != rhs.isRecurring { return lhs.isRecurring }
        if lhs.counts.count != rhs.counts.count { return lhs.counts.count > rhs.counts.count }
        if lhs.total != rhs.total { return lhs.total > rhs.total }
        return lhs.reasonCode < rhs.reasonCode
    }
}
