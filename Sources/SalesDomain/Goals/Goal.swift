import Foundation

/// A goal of the company, a team or a person (SPEC §4, goal follow-up): what, over which days,
/// under which parent goal, how much it weighs among its siblings, and how it is measured.
/// Company goals have no parent; every other goal hangs under one (``GoalDraft`` holds the rules).
public struct Goal: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Goal>

    public var id: ID
    public var owner: GoalOwner
    public var title: String
    /// The first and last day of the goal's period, in the organization's calendar.
    public var start: CalendarDay
    public var due: CalendarDay
    public var parentID: ID?
    /// Its share among its siblings in the parent's roll-up; 1 unless set.
    public var weight: Double
    public var measure: GoalMeasure?
    /// For a manual measure: the latest value entered, `nil` until someone enters one.
    public var latestValue: Double?
    public var createdBy: Person.ID?

    public init(
        id: ID, owner: GoalOwner, title: String, start: CalendarDay, due: CalendarDay, parentID: ID? = nil, weight: Double = 1,
        measure: GoalMeasure? = nil, latestValue: Double? = nil, createdBy: Person.ID? = nil
    ) {
        self.id = id
        self.owner = owner
        self.title = title
        self.start = start
        self.due = due
        self.parentID = parentID
        self.weight = weight
        self.measure = measure
        self.latestValue = latestValue
        self.createdBy = createdBy
    }
}
