import Foundation

/// An activity on a deal's page, with what became of it.
public struct DealActivity: Hashable, Sendable {
    public enum State: String, Hashable, Sendable, Codable {
        case done
        /// Not done, and its planned day has passed: the thing to ask about first.
        case overdue
        /// Not done, and moved from its first planned date at least once.
        case postponed
        /// Not done and never moved.
        case planned
    }

    public var activity: Activity
    /// How many times it was moved (its ``Postponement``s).
    public var postponements: Int
    /// Not done, and planned for a day before today.
    public var isOverdue: Bool

    public init(activity: Activity, postponements: Int, asOf: Date, calendar: WeekCalendar) {
        self.activity = activity
        self.postponements = postponements
        isOverdue = activity.doneDate == nil && calendar.day(containing: activity.plannedDate) < calendar.day(containing: asOf)
    }

    /// Done outranks the rest (work moved and then done was done), and overdue outranks
    /// postponed: an activity moved and then let pass is late, whatever its history.
    public var state: State {
        if activity.doneDate != nil { return .done }
        if isOverdue { return .overdue }
        return postponements > 0 ? .postponed : .planned
    }
}
