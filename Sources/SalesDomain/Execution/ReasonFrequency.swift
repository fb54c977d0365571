/// How often one reason was given by one group, period by period.
public struct ReasonFrequency: Hashable, Sendable, Codable {
    public struct PeriodCount: Hashable, Sendable, Codable {
        public var period: ReportingPeriod
        public var count: Int

        public init(period: ReportingPeriod, count: Int) {
            self.period = period
            self.count = count
        }
    }

    public var reasonCode: ReasonCode
    /// From the catalog; `nil` for a code the catalog no longer has.
    public var reasonClass: ReasonClass?
    public var total: Int
    /// Distinct people in the group who gave this reason: one seller repeating a reason is a
    /// habit, many sellers giving it points at something structural. Empty for reports built
    /// from a group's rollup (``ScopeReasonTally``), which keeps sums rather than names.
    public var people: Int?
    /// Periods the reason was given in, oldest first; periods without it are omitted.
    public var counts: [PeriodCount]
    /// People in the group for whom the reason recurs (``ReasonRecurrence``).
    public var recurringPeople: Int

    public init(reasonCode: ReasonCode, reasonClass: ReasonClass?, total: Int, people: Int?, counts: [PeriodCount], recurringPeople: Int) {
        self.reasonCode = reasonCode
        self.reasonClass = reasonClass
        self.total = total
        self.people = people
        self.counts = counts
        self.recurringPeople = recurringPeople
    }

    /// Whether the reason recurs for at least one person of the group.
    public var isRecurring: Bool { recurringPeople > 0 }

    /// The count in `period`, 0 when the reason was not given then.
    public func count(in period: ReportingPeriod) -> Int {
        counts.first { $0.period == period }?.count ?? 0
    }
}
