import Foundation

/// How often one person gave one reason in one week or month, and how the reviews came out: the
/// rollup row the reasons-over-time analysis reads.
///
/// A postponement counts in the period of its `from` date — when the work was supposed to
/// happen — so reasons line up with the weeks of the pressure analysis, however late the
/// postponement was logged. Tallies add up like ``WeeklyActivityTally``: when a postponement
/// is logged, reviewed or edited, a store subtracts its old ``contribution(of:granularity:calendar:)``
/// and adds the new one.
public struct ReasonTally: Hashable, Sendable, Codable {
    public struct Key: Hashable, Sendable, Codable, Comparable {
        public var personID: Person.ID
        public var period: ReportingPeriod
        public var reasonCode: ReasonCode

        public init(personID: Person.ID, period: ReportingPeriod, reasonCode: ReasonCode) {
            self.personID = personID
            self.period = period
            self.reasonCode = reasonCode
        }

        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.personID, lhs.period, lhs.reasonCode) < (rhs.personID, rhs.period, rhs.reasonCode)
        }
    }

    public var key: Key
    public var postponements: Int
    /// Of `postponements`: drops rather than moves.
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

    public var personID: Person.ID { key.personID }
    public var period: ReportingPeriod { key.period }
    public var reasonCode: ReasonCode { key.reasonCode }

    /// Of `postponements`: reviewed by a manager.
    public var reviewed: Int { verifiedObstacles + acceptedExcuses }

    public var isEmpty: Bool { self == ReasonTally(key: key) }

    public mutating func add(_ other: ReasonTally) {
        combine(other, sign: 1)
    }

    public mutating func subtract(_ other: ReasonTally) {
        combine(other, sign: -1)
    }

    /// What one postponement adds: one postponement of its reason, in its owner's row for the
    /// week or month of its `from` date.
    public static func contribution(
        of postponement: Postponement, granularity: ReportingPeriod.Granularity, calendar: WeekCalendar
    ) -> ReasonTally {
        let key = Key(
            personID: postponement.ownerID, period: calendar.period(containing: postponement.from, granularity: granularity),
            reasonCode: postponement.reasonCode)
        return ReasonTally(
            key: key, postponements: 1, dropped: postponement.isDropped ? 1 : 0,
            verifiedObstacles: postponement.review?.verdict == .verifiedObstacle ? 1 : 0,
            acceptedExcuses: postponement.review?.verdict == .acceptedExcuse ? 1 : 0)
    }

    /// The tallies of many postponements, summed by key and sorted.
    public static func tallies(
        postponements: some Sequence<Postponement>, granularity: ReportingPeriod.Granularity, calendar: WeekCalendar
    ) -> [ReasonTally] {
        var byKey: [Key: ReasonTally] = [:]
        for postponement in postponements {
            let tally = contribution(of: postponement, granularity: granularity, calendar: calendar)
            byKey[tally.key, default: ReasonTally(key: tally.key)].add(tally)
        }
        return byKey.values.sorted { $0.key < $1.key }
    }

    private mutating func combine(_ other: ReasonTally, sign: Int) {
        precondition(other.key == key, "tallies of different persons, periods or reasons cannot be combined")
        postponements += sign * other.postponements
        dropped += sign * other.dropped
        verifiedObstacles += sign * other.verifiedObstacles
        acceptedExcuses += sign * other.acceptedExcuses
    }
}
