import Foundation

/// The activities screen as one question, asked alike by the seller's plan page and
/// `GET /api/v1/activities`: whose activities, planned in which weeks, which page of them.
///
/// Whose is decided against an ``AccessPolicy`` by ``owners(for:)``: everyone reads their own;
/// a person's or a team's activities need the policy to read that person or team.
public struct ActivityListQuery: Hashable, Sendable {
    /// Whose activities.
    public enum Owners: Hashable, Sendable {
        /// The viewer's own.
        case viewer
        case person(Person.ID)
        /// Everyone in the team's subtree whom the viewer may read.
        case team(Team.ID)
    }

    public var owners: Owners
    /// The ISO weeks the activities are (currently) planned in.
    public var weeks: ClosedRange<ISOWeek>
    public var limit: Int
    public var offset: Int

    public init(owners: Owners, weeks: ClosedRange<ISOWeek>, limit: Int = 100, offset: Int = 0) {
        self.owners = owners
        self.weeks = weeks
        self.limit = limit
        self.offset = offset
    }

    /// Open work older than this many weeks is no longer "still open" on the plan, it is history.
    public static let overdueWeeks = 4

    /// The plan's weeks: the ``overdueWeeks`` before this one, this week and next.
    public static func planWeeks(asOf now: Date, calendar: WeekCalendar) -> ClosedRange<ISOWeek> {
        let current = calendar.week(containing: now)
        let earliest = (0..<overdueWeeks).reduce(current) { week, _ in week.previous }
        return earliest...current.next
    }

    /// Who is asked about, as the policy decides: the viewer's own always; a person when the
    /// policy reads them; a team when it reads the team (its members are then narrowed to the
    /// people the policy reads). Anything else is refused as not found, so a seller cannot learn
    /// whether another seller exists.
    public func decision(person: Person?, team: Team?, for policy: AccessPolicy) -> AccessDecision {
        switch owners {
        case .viewer: .allowed
        case .person: person.map(policy.read) ?? .notFound
        case .team: team.map(policy.read) ?? .notFound
        }
    }
}
