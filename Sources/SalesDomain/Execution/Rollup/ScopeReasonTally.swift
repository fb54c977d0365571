/// A group's postponements of one reason in one week or month: the rollup row the
/// reasons-over-time analysis of a team, market or organization reads.
///
/// The sums of the members' ``ReasonTally`` rows. Who gave a reason is not kept — it would
/// not add up — so reports built from these leave ``ReasonFrequency/people`` empty unless the
/// caller counts them from ``ReasonOccurrences``.
public struct ScopeReasonTally: Hashable, Sendable, Codable {
    public struct Key: Hashable, Sendable, Codable, Comparable {
        public var period: ReportingPeriod
        public var reasonCode: ReasonCode

        public init(period: ReportingPeriod, reasonCode: ReasonCode) {
            self.period = period
            self.reasonCode = reasonCode
        }

        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.period, lhs.reasonCode) < (rhs.period, rhs.reasonCode)
        }
    }

    public var key: Key
    public var postponements: Int
    public var dropped: Int
    public var verifiedObstacles: Int
    public var acceptedExcuses: Int

    public init(key: Key, postponements: Int = 0, dropped: Int = 0, verifiedObstacles: Int = 0, acceptedExcuses: Int = 0) {
        self.key = key
        self.postponements = postponements
        self.dropped = dropped
        self.verifiedObstacles = verifiedObstacles
        self.acceptedExcuses = acceptedExcuses
    }

    /// A member's tally without the member.
    public init(_ tally: ReasonTally) {
        self.init(
            key: Key(period: tally.period, reasonCode: tally.reasonCode), postponements: tally.postponements,
            dropped: tally.dropped, verifiedObstacles: tally.verifiedObstacles, acceptedExcuses: tally.acceptedExcuses)
    }

    public var period: ReportingPeriod { key.period }
    public var reasonCode: ReasonCode { key.reasonCode }

    public mutating func add(_ other: ScopeReasonTally, sign: Int = 1) {
        precondition(other.key == key, "tallies of different periods or reasons cannot be combined")
        postponements += sign * other.postponements
        dropped += sign * other.dropped
        verifiedObstacles += sign * other.verifiedObstacles
        acceptedExcuses += sign * other.acceptedExcuses
    }

    /// Sums by key; with `sign` −1 the tallies are subtracted (a member's old contribution).
    public static func accumulate(_ tallies: some Sequence<ScopeReasonTally>, into sums: inout [Key: ScopeReasonTally], sign: Int = 1) {
        for tally in tallies {
            sums[tally.key, default: ScopeReasonTally(key: tally.key)].add(tally, sign: sign)
        }
    }
}
