/// An activity on a deal's page, with what became of it.
public struct DealActivity: Hashable, Sendable {
    public enum State: String, Hashable, Sendable, Codable {
        case done
        /// Not done, and moved from its first planned date at least once.
        case postponed
        /// Not done and never moved.
        case planned
    }

    public var activity: Activity
    /// How many times it was moved (its ``Postponement``s).
    public var postponements: Int

    public init(activity: Activity, postponements: Int) {
        self.activity = activity
        self.postponements = postponements
    }

    /// Done outranks postponed: work moved and then done was done.
    public var state: State {
        if activity.doneDate != nil { return .done }
        return postponements > 0 ? .postponed : .planned
    }
}
