/// A group's activity sums for one ISO week and activity type: the rollup row a team's, a
/// market's or the organization's time allocation, execution rate and pressure comparison
/// read, so that none of them touches per-person rows, let alone activities, per request.
///
/// The counts are the members' ``WeeklyActivityTally`` counts summed. What a plain sum would
/// lose is which member-weeks were high-load — load is a property of one person's week — so
/// each member's scheduled and pushed-out activities are also added to `highLoad` or `normal`
/// by the class of that member's week (see ``ScopeRollup/contribution(of:policy:)``).
public struct ScopeWeekTally: Hashable, Sendable, Codable {
    public struct Key: Hashable, Sendable, Codable, Comparable {
        public var week: ISOWeek
        public var activityType: ActivityType

        public init(week: ISOWeek, activityType: ActivityType) {
            self.week = week
            self.activityType = activityType
        }

        public static func < (lhs: Key, rhs: Key) -> Bool {
            (lhs.week, lhs.activityType) < (rhs.week, rhs.activityType)
        }
    }

    public var key: Key
    public var plannedActivities: Int
    public var doneByPlannedWeek: Int
    public var scheduledActivities: Int
    public var scheduledMinutes: Int
    public var movedOut: Int
    public var dropped: Int
    public var doneActivities: Int
    public var doneMinutes: Int
    /// See ``WeeklyActivityTally/lateForVerifiedObstacle``.
    public var lateForVerifiedObstacle: Int
    /// Scheduled and pushed-out activities in the members' high-load weeks.
    public var highLoad: PostponementRate
    /// The same in the members' normal weeks. Weeks without capacity are in neither.
    public var normal: PostponementRate

    public init(
        key: Key, plannedActivities: Int = 0, doneByPlannedWeek: Int = 0, scheduledActivities: Int = 0,
        scheduledMinutes: Int = 0, movedOut: Int = 0, dropped: Int = 0, doneActivities: Int = 0, doneMinutes: Int = 0,
        lateForVerifiedObstacle: Int = 0, highLoad: PostponementRate = PostponementRate(), normal: PostponementRate = PostponementRate()
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
        self.highLoad = highLoad
        self.normal = normal
    }

    /// One member's tally, its pushed-out counts filed under the class of the member's week.
    public init(_ tally: WeeklyActivityTally, load: LoadClass) {
        var highLoad = PostponementRate()
        var normal = PostponementRate()
        switch load {
        case .high: highLoad.add(tally)
        case .normal: normal.add(tally)
        case .noCapacity: break
        }
        self.init(
            key: Key(week: tally.week, activityType: tally.activityType), plannedActivities: tally.plannedActivities,
            doneByPlannedWeek: tally.doneByPlannedWeek, scheduledActivities: tally.scheduledActivities,
            scheduledMinutes: tally.scheduledMinutes, movedOut: tally.movedOut, dropped: tally.dropped,
            doneActivities: tally.doneActivities, doneMinutes: tally.doneMinutes,
            lateForVerifiedObstacle: tally.lateForVerifiedObstacle, highLoad: highLoad, normal: normal)
    }

    public var week: ISOWeek { key.week }
    public var activityType: ActivityType { key.activityType }

    public var isEmpty: Bool { self == ScopeWeekTally(key: key) }

    public mutating func add(_ other: ScopeWeekTally) {
        combine(other, sign: 1)
    }

    public mutating func subtract(_ other: ScopeWeekTally) {
        combine(other, sign: -1)
    }

    private mutating func combine(_ other: ScopeWeekTally, sign: Int) {
        precondition(other.key == key, "tallies of different weeks or types cannot be combined")
        plannedActivities += sign * other.plannedActivities
        doneByPlannedWeek += sign * other.doneByPlannedWeek
        scheduledActivities += sign * other.scheduledActivities
        scheduledMinutes += sign * other.scheduledMinutes
        movedOut += sign * other.movedOut
        dropped += sign * other.dropped
        doneActivities += sign * other.doneActivities
        doneMinutes += sign * other.doneMinutes
        lateForVerifiedObstacle += sign * other.lateForVerifiedObstacle
        highLoad.scheduled += sign * other.highLoad.scheduled
        highLoad.pushedOut += sign * other.highLoad.pushedOut
        normal.scheduled += sign * other.normal.scheduled
        normal.pushedOut += sign * other.normal.pushedOut
    }
}
