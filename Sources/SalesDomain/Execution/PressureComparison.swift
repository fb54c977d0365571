/// One activity type's postponement rate in high-load weeks against normal weeks.
public struct PressureComparison: Hashable, Sendable, Codable {
    public var activityType: ActivityType
    public var highLoad: PostponementRate
    public var normal: PostponementRate
    /// Whether the counts behind the two rates reach the report's ``PressureMinimum``; when
    /// not, the comparison is shown as *not enough data* with its counts, never as a number.
    public var hasEnoughData: Bool

    public init(activityType: ActivityType, highLoad: PostponementRate, normal: PostponementRate, hasEnoughData: Bool) {
        self.activityType = activityType
        self.highLoad = highLoad
        self.normal = normal
        self.hasEnoughData = hasEnoughData
    }

    /// highLoad.rate − normal.rate, in rate points (0.25 = 25 percentage points more pushed
    /// out under load); `nil` unless the type was scheduled in both kinds of week. This is the
    /// arithmetic only: ``shownDifference`` is what a reader is given.
    public var difference: Double? {
        guard let high = highLoad.rate, let normal = normal.rate else { return nil }
        return high - normal
    }

    /// The difference when ``hasEnoughData``, otherwise `nil`.
    public var shownDifference: Double? {
        hasEnoughData ? difference : nil
    }
}
