/// A postponement with the type of the activity it moved or dropped, as a review list shows it.
public struct PostponedActivity: Hashable, Sendable {
    public var postponement: Postponement
    public var activityType: ActivityType

    public init(postponement: Postponement, activityType: ActivityType) {
        self.postponement = postponement
        self.activityType = activityType
    }
}
