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
    /// Whether the reason came back: given in at least the report's minimum number of periods.
    public var isRecurring: Bool

    public init(reasonCode: ReasonCode, reasonClass: ReasonClass?, total: Int, people: Int?, counts: [PeriodCount], isRecurring: Bool) {
        self.reasonCode = reasonCode
        self.reasonClass = reasonClass
        self.total = total
        self.people = people
        self.counts = counts
        self.isRecurring = isRecurring
    }
}
