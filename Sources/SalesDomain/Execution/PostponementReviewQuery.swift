import Foundation

/// The review list as one question, asked alike by the team page and
/// `GET /api/v1/postponements`: the postponements of the people a manager (or leadership)
/// reads, unreviewed first, then the newest logged, narrowed by person, team and reason.
public struct PostponementReviewQuery: Hashable, Sendable {
    public enum Owners: Hashable, Sendable {
        /// Everyone the viewer reads.
        case reach
        case person(Person.ID)
        /// Everyone in the team's subtree whom the viewer reads.
        case team(Team.ID)
    }

    public var owners: Owners
    public var reason: ReasonCode?
    /// When the postponements were logged; `nil` for all time.
    public var loggedIn: Range<Date>?
    public var limit: Int
    public var offset: Int

    public init(owners: Owners, reason: ReasonCode? = nil, loggedIn: Range<Date>? = nil, limit: Int = 50, offset: Int = 0) {
        self.owners = owners
        self.reason = reason
        self.loggedIn = loggedIn
        self.limit = limit
        self.offset = offset
    }

    /// A review list is for those who read others' records (managers and up); a person or team
    /// outside the viewer's reach is not found.
    public func decision(person: Person?, team: Team?, for policy: AccessPolicy) -> AccessDecision {
        guard policy.has(.readOthers) else { return .forbidden }
        switch owners {
        case .reach: return .allowed
        case .person: return person.map(policy.read) ?? .notFound
        case .team: return team.map(policy.read) ?? .notFound
        }
    }

    /// The review order: unreviewed before reviewed, then newest logged first, then by id so a
    /// page boundary never moves.
    public static func precedes(_ lhs: Postponement, _ rhs: Postponement) -> Bool {
        if (lhs.review == nil) != (rhs.review == nil) { return lhs.review == nil }
        if lhs.loggedAt != rhs.loggedAt { return lhs.loggedAt > rhs.loggedAt }
        return lhs.id.rawValue.uuidString < rhs.id.rawValue.uuidString
    }
}
