/// Which reasons one group gives for postponing, month by month, which of them recur, and how
/// reviews came out (SPEC §2, analysis 6).
public struct ReasonReport: Hashable, Sendable, Codable {
    /// Reasons that recur for someone first (for more people first), then by number of
    /// periods, total and code.
    public var reasons: [ReasonFrequency]
    public var review: ReviewShares
    /// What *recurs* means in this report.
    public var recurrence: ReasonRecurrence
    /// The periods recurrence was counted over: ``ReasonRecurrence/windowPeriods`` ending with
    /// the report's last period; `nil` for a report with no reasons.
    public var recurrenceWindow: ClosedRange<ReportingPeriod>?

    public init(
        reasons: [ReasonFrequency], review: ReviewShares, recurrence: ReasonRecurrence = .standard,
        recurrenceWindow: ClosedRange<ReportingPeriod>? = nil
    ) {
        self.reasons = reasons
        self.review = review
        self.recurrence = recurrence
        self.recurrenceWindow = recurrenceWindow
    }

    /// Reasons over time per group: per person with ``PersonGrouping/eachPerson``, across a team
    /// with ``PersonGrouping/byTeam(_:)``.
    ///
    /// Definitions, over the group's tallies in `periods` (all when `nil`):
    /// - count of a reason in a period = postponements with that reason whose `from` date falls
    ///   in the period (week or month, as the tallies were made); every period of the report
    ///   is listed per reason, so a reason's trend reads month by month;
    /// - a reason *recurs* for a person who gave it in at least `recurrence.minimumPeriods`
    ///   distinct periods of the `recurrence.windowPeriods` periods ending with the report's
    ///   last period (``ReasonRecurrence``: three of the last six months); a group's row counts
    ///   those people, and a reason recurs in the group when it recurs for at least one of them;
    /// - verified-obstacle share = verified obstacles ÷ reviewed postponements, and
    ///   accepted-excuse share = accepted excuses ÷ reviewed postponements (see ``ReviewShares``).
    ///
    /// Pass tallies of one granularity; those before `periods` still count towards recurrence.
    public static func byGroup<Key>(
        tallies: some Sequence<ReasonTally>, catalog: ReasonCatalog, grouping: PersonGrouping<Key>,
        periods: ClosedRange<ReportingPeriod>? = nil, recurrence: ReasonRecurrence = .standard
    ) -> [Key: ReasonReport] {
        let tallies = Array(tallies)
        var sums: [Key: [ScopeReasonTally.Key: ScopeReasonTally]] = [:]
        var people: [Key: [ReasonCode: Set<Person.ID>]] = [:]
        var members: [Key: [ReasonTally]] = [:]
        for tally in tallies where tally.postponements > 0 {
            for key in grouping.keys(for: tally.personID) {
                members[key, default: []].append(tally)
                guard periods?.contains(tally.period) ?? true else { continue }
                ScopeReasonTally.accumulate(CollectionOfOne(ScopeReasonTally(tally)), into: &sums[key, default: [:]])
                people[key, default: [:]][tally.reasonCode, default: []].insert(tally.personID)
            }
        }
        return sums.reduce(into: [:]) { reports, entry in
            let last = periods?.upperBound ?? entry.value.keys.map(\.period).max()!
            let window = recurrence.window(endingWith: last)
            reports[entry.key] = ReasonReport(
                rollup: entry.value.values, catalog: catalog, periods: periods, people: people[entry.key]?.mapValues(\.count),
                recurrence: recurrence, recurrenceWindow: window,
                recurringPeople: recurrence.recurringPeople(tallies: members[entry.key] ?? [], window: window))
        }
    }

    /// The reasons report of one group from its rollup; see
    /// ``byGroup(tallies:catalog:grouping:periods:recurrence:)`` for the definitions.
    /// Pass the rollup rows of one granularity (weeks or months). `people` is the number of
    /// distinct people per reason when the caller knows it; without it the field stays empty.
    /// `recurringPeople` is ``ReasonRecurrence/recurringPeople(tallies:window:)`` of the
    /// group's members over `recurrenceWindow`.
    public init(
        rollup: some Sequence<ScopeReasonTally>, catalog: ReasonCatalog, periods: ClosedRange<ReportingPeriod>? = nil,
        people: [ReasonCode: Int]? = nil, recurrence: ReasonRecurrence, recurrenceWindow: ClosedRange<ReportingPeriod>,
        recurringPeople: [ReasonCode: Int]
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
                recurringPeople: recurringPeople[code] ?? 0)
        }
        self.init(
            reasons: frequencies.sorted(by: Self.recurringFirst), review: review, recurrence: recurrence,
            recurrenceWindow: frequencies.isEmpty ? nil : recurrenceWindow)
    }

    private static func recurringFirst(_ lhs: ReasonFrequency, _ rhs: ReasonFrequency) -> Bool {
        if lhs.recurringPeople != rhs.recurringPeople { return lhs.recurringPeople > rhs.recurringPeople }
        if lhs.counts.count != rhs.counts.count { return lhs.counts.count > rhs.counts.count }
        if lhs.total != rhs.total { return lhs.total > rhs.total }
        return lhs.reasonCode < rhs.reasonCode
    }
}
