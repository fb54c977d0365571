import Foundation

/// Pattern 3, "a seller whose coached KPI moves": a seller who dropped much of their
/// prospecting until their manager made on-time prospecting the focus of follow-up sessions
/// from `since` (the last 16 weeks of the span), after which they prospect like the others.
/// Chosen as the first seller who prospects in the second selling team that is neither a
/// dropper's nor the obstacle team.
public struct DemoCoachedSeller: Hashable, Sendable {
    public var personID: Person.ID
    public var activityType: ActivityType
    public var since: Date

    public init(personID: Person.ID, activityType: ActivityType, since: Date) {
        self.personID = personID
        self.activityType = activityType
        self.since = since
    }
}
