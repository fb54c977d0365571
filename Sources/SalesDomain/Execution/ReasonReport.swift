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
        var reasons: [Key: [ReasonCode: ReasonAccumulator]] = [:]
        var reviews: [Key: ReviewShares] = [:]
        for tally in tallies where tally.postponements > 0 && (periods?.contains(tally.period) ?? true) {
            for key in grouping.keys(for: tally.personID) {
                reasons[key, default: [:]][tally.reasonCode, default: ReasonAccumulator()].countByPeriod[tally.period, default: 0] += tally.postponements
                reasons[key, default: [:]][tally.reasonCode, default: ReasonAccumulator()].people.insert(tally.personID)
                reviews[key, default: ReviewShares()].add(tally)
            }
        }
        return reasons.reduce(into: [:]) { reports, entry in
            let (key, byReason) = entry
            let frequencies = byReason.map { code, accumulator in
                ReasonFrequency(
                    reasonCode: code, reasonClass: catalog.reasonClass(of: code),
                    total: accumulator.countByPeriod.values.reduce(0, +), people: accumulator.people.count,
                    counts: accumulator.countByPeriod.sorted { $0.key < $1.key }.map { ReasonFrequency.PeriodCount(period: $0.key, count: $0.value) },
                    isRecurring: accumulator.countByPeriod.count >= recurringInAtLeast)
            }
            reports[key] = ReasonReport(reasons: frequencies.sorted(by: recurringFirst), review: reviews[key] ?? ReviewShares())
        }
    }

    private static func recurringFirst(_ lhs: ReasonFrequency, _ rhs: ReasonFrequency) -> Bool {
        if lhs.isRecurring != rhs.isRecurring { return lhs.isRecurring }
        if lhs.counts.count != rhs.counts.count { return lhs.counts.count > rhs.counts.count }
        if lhs.total != rhs.total { return lhs.total > rhs.total }
        return lhs.reasonCode < rhs.reasonCode
    }
}

private struct ReasonAccumulator {
    var countByPeriod: [ReportingPeriod: Int] = [:]
    var people: Set<Person.ID> = []
}
