/// Scheduled activities and how many of them were moved out of their week or dropped.
public struct PostponementRate: Hashable, Sendable, Codable {
    public var scheduled: Int
    public var pushedOut: Int

    public init(scheduled: Int = 0, pushedOut: Int = 0) {
        self.scheduled = scheduled
        self.pushedOut = pushedOut
    }

    /// pushedOut ÷ scheduled; `nil` when nothing was scheduled.
    public var rate: Double? {
        Double.ratio(pushedOut, of: scheduled)
    }

    public mutating func add(_ other: PostponementRate) {
        scheduled += other.scheduled
        pushedOut += other.pushedOut
    }

    public mutating func add(_ tally: WeeklyActivityTally) {
        scheduled += tally.scheduledActivities
        pushedOut += tally.pushedOut
    }
}
