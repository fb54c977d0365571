/// How many member-weeks of a group fell in each ``LoadClass`` in one ISO week.
public struct LoadWeekCount: Hashable, Sendable, Codable {
    public var week: ISOWeek
    public var highLoadWeeks: Int
    public var normalWeeks: Int
    public var zeroCapacityWeeks: Int

    public init(week: ISOWeek, highLoadWeeks: Int = 0, normalWeeks: Int = 0, zeroCapacityWeeks: Int = 0) {
        self.week = week
        self.highLoadWeeks = highLoadWeeks
        self.normalWeeks = normalWeeks
        self.zeroCapacityWeeks = zeroCapacityWeeks
    }

    public init(week: ISOWeek, load: LoadClass) {
        self.init(
            week: week, highLoadWeeks: load == .high ? 1 : 0, normalWeeks: load == .normal ? 1 : 0,
            zeroCapacityWeeks: load == .noCapacity ? 1 : 0)
    }

    public var isEmpty: Bool { highLoadWeeks == 0 && normalWeeks == 0 && zeroCapacityWeeks == 0 }

    public mutating func add(_ other: LoadWeekCount, sign: Int = 1) {
        precondition(other.week == week, "counts of different weeks cannot be combined")
        highLoadWeeks += sign * other.highLoadWeeks
        normalWeeks += sign * other.normalWeeks
        zeroCapacityWeeks += sign * other.zeroCapacityWeeks
    }
}
