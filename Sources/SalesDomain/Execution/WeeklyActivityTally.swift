/// The counts one person's activities of one type add up to in one ISO week: the rollup row that
/// time allocation, execution rate and the pressure comparison all read.
///
/// Every field is a sum over activities, so tallies combine by addition: a store keeps one row
/// per (person, week, type), and when an activity or its postponements change it subtracts the
/// activity's old ``contributions(of:postponements:calendar:)`` and adds the new ones, in the
/// same transaction, without rescanning anything. Work categories are deliberately not part of
/// the key; see ``WorkCategoryRules``.
public struct WeeklyActivityTally: Hashable, Sendable, Codable {
    public struct Key: Hashable, Sendable, Codable, Comparable {
        public var personID: Person.ID
        public var week: ISOWeek
        public var activityType: ActivityType

        public init(personID: Person.ID, week: ISOWeek, activityType: ActivityType) {
            self.personID = personID
            self.week = week
            self.activityType = activityType
        }

        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.personID, lhs.week, lhs.activityType) < (rhs.personID, rhs.week, rhs.activityType)
        }
    }

    public var key: Key

    /// Activities whose *original* planned date is in this week. Each activity is planned in
    /// exactly one week, however often it is moved, so re-planning cannot improve the
    /// execution rate.
    public var plannedActivities: Int
    /// Of `plannedActivities`: done by the end of this week (done early counts).
    public var doneByPlannedWeek: Int
    /// Activities that were on this week's plan at any time: planned here originally or moved
    /// here later. The load and pressure analyses count these, because a week's workload
    /// includes what was pushed into it.
    public var scheduledActivities: Int
    /// Planned minutes of `scheduledActivities`: the week's load.
    public var scheduledMinutes: Int
    /// Of `scheduledActivities`: moved from this week to a later week (and not dropped here).
    public var movedOut: Int
    /// Of `scheduledActivities`: dropped while planned in this week.
    public var dropped: Int
    /// Activities done in this week, whenever they were planned.
    public var doneActivities: Int
    /// Minutes of `doneActivities`: where the week's time actually went.
    public var doneMinutes: Int
    /// Of `plannedActivities` not done by their planned week: those moved out of it or dropped
    /// for a reason a manager verified as an obstacle — the part of the shortfall the diagnosis
    /// may hold against the organization rather than the seller.
    public var lateForVerifiedObstacle: Int

    public init(
        key: Key, plannedActivities: Int = 0, doneByPlannedWeek: Int = 0, scheduledActivities: Int = 0,
        scheduledMinutes: Int = 0, movedOut: Int = 0, dropped: Int = 0, doneActivities: Int = 0, doneMinutes: Int = 0,
        lateForVerifiedObstacle: Int = 0
    ) {
        self.key = key
        self.plannedActivities = plannedActivities
        self.doneByPlannedWeek = doneByPlannedWeek
        self.scheduledActivities = scheduledActivities
        self.scheduledMinutes = scheduledMinutes
        self.movedOut = movedOut
        self.dropped = dropped
        self.doneActivities = doneActivities
        self.doneMinutes = doneMinutes
        self.lateForVerifiedObstacle = lateForVerifiedObstacle
    }

    public var personID: Person.ID { key.personID }
    public var week: ISOWeek { key.week }
    public var activityType: ActivityType { key.activityType }

    /// Moved out or dropped: the numerator of the postponement rate.
    public var pushedOut: Int { movedOut + dropped }

    /// All counts zero: a store may delete the row.
    public var isEmpty: Bool {
        self == WeeklyActivityTally(key: key)
    }

    /// Adds another tally of the same key.
    public mutating func add(_ other: WeeklyActivityTally) {
        combine(other, sign: 1)
    }

    /// Removes a contribution added earlier (the old version of a changed activity).
    public mutating func subtract(_ other: WeeklyActivityTally) {
        combine(other, sign: -1)
    }

    /// Sums tallies by key, sorted by key.
    public static func merged(_ tallies: some Sequence<WeeklyActivityTally>) -> [WeeklyActivityTally] {
        var byKey: [Key: WeeklyActivityTally] = [:]
        for tally in tallies {
            byKey[tally.key, default: WeeklyActivityTally(key: tally.key)].add(tally)
        }
        return byKey.values.sorted { $0.key < $1.key }
    }

    private mutating func combine(_ other: WeeklyActivityTally, sign: Int) {
        precondition(other.key == key, "tallies of different persons, weeks or types cannot be combined")
        plannedActivities += sign * other.plannedActivities
        doneByPlannedWeek += sign * other.doneByPlannedWeek
        scheduledActivities += sign * other.scheduledActivities
        scheduledMinutes += sign * other.scheduledMinutes
        movedOut += sign * other.movedOut
        dropped += sign * other.dropped
        doneActivities += sign * other.doneActivities
        doneMinutes += sign * other.doneMinutes
        lateForVerifiedObstacle += sign * other.lateForVerifiedObstacle
    }
}
