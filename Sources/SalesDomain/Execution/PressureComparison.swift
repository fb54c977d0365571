/// One activity type's postponement rate in high-load weeks against normal weeks.
public struct PressureComparison: Hashable, Sendable, Codable {
    public var activityType: ActivityType
    public var highLoad: PostponementRate
    public var normal: PostponementRate

    public init(activityType: ActivityType, highLoad: PostponementRate, normal: PostponementRate) {
        self.activityType = activityType
        self.highLoad = highLoad
        self.normal = normal
    }

    /// highLoad.rate − normal.rate, in rate points (0.25 = 25 percentage points more pushed
    /// out under load); `nil` unless the type was scheduled in both kinds of week.
    public var difference: Double? {
        guard let high = highLoad.rate, let normal = normal.rate else { return nil }
        return high - normal
    }
}
