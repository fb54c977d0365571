import Foundation

/// One seller's own coaching, as the coaching screen shows it for a person scope whose coaching
/// the viewer may read (the seller themself, or their coach): the sessions planned ahead, those
/// held since the first of the screen's months, and the open next steps. The rhythm in numbers is
/// the overview's; this is what a seller opens the page for — when they meet, what was agreed.
public struct SellerCoaching: Hashable, Sendable, Codable {
    /// Planned from the moment asked on, soonest first.
    public var upcoming: [CoachingSession]
    /// Completed, or planned for a moment already past and not recorded yet, newest first.
    public var past: [CoachingSession]
    /// Open next steps, soonest due first.
    public var commitments: [ActionItem]
    /// The day it is, for which next steps are overdue.
    public var today: CalendarDay
    /// The coaches of the sessions and the owners of the next steps.
    public var names: [Person.ID: String]

    public init(
        upcoming: [CoachingSession], past: [CoachingSession], commitments: [ActionItem], today: CalendarDay, names: [Person.ID: String]
    ) {
        self.upcoming = upcoming
        self.past = past
        self.commitments = commitments
        self.today = today
        self.names = names
    }

    /// The seller's sessions and next steps as `policy`'s viewer may read them: private notes only
    /// for the coach who held a session. A cancelled session is left out — it did not happen and
    /// is not coming; the coach's page still shows it.
    public init(
        sessions: [CoachingSession], items: [ActionItem], asOf: Date, today: CalendarDay, names: [Person.ID: String], policy: AccessPolicy
    ) {
        let kept = sessions.filter { $0.status != .cancelled }.oldestFirst().map(policy.visible)
        self.init(
            upcoming: kept.filter { $0.status == .planned && $0.scheduledAt >= asOf },
            past: kept.filter { $0.status == .completed || $0.scheduledAt < asOf }.reversed(),
            commitments: items.filter { $0.status == .open }.soonestDueFirst(), today: today, names: names)
    }

    /// Everyone the sessions and next steps name.
    public var people: Set<Person.ID> {
        Set((upcoming + past).map(\.coachID) + commitments.map(\.ownerID))
    }

    /// What the sessions are about and what the next steps link to, for their names.
    public var foci: [CoachingFocus] {
        (upcoming + past).compactMap(\.focus) + commitments.compactMap(\.link)
    }
}
