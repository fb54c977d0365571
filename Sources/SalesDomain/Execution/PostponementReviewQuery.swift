import Foundation

/// The review list as one question, asked alike by the team page and
/// `GET /api/v1/postponements`: the postponements of the people a manager (or leadership)
/// reads, unreviewed first, then the newest logged, narrowed by person, team, reason and
/// whether a verdict was given.
public struct PostponementReviewQuery: Hashable, Sendable {
    public enum Owners: Hashable, Sendable {
        /// Everyone the viewer reads.
        case reach
        case person(Person.ID)
        /// Everyone in the team's subtree whom the viewer reads.
        case team(Team.ID)
    }

    /// Whether a postponement has a verdict yet.
    public enum Status: String, Hashable, Sendable, CaseIterable {
        case unreviewed, reviewed
    }

    /// The weeks whose planned dates the postponements moved work away from, and those weeks as
    /// moments: the start page counts a period's postponements to review by this
    /// (``DiagnosisStore``'s count per seller), and its number opens the list asked with it.
    public struct PlannedWeeks: Hashable, Sendable {
        public var weeks: ClosedRange<ISOWeek>
        public var dates: Range<Date>

        public init(_ weeks: ClosedRange<ISOWeek>, calendar: WeekCalendar) {
            self.weeks = weeks
            dates = calendar.dateRange(of: weeks)
        }
    }

    public var owners: Owners
    public var reason: ReasonCode?
    /// `nil` for both.
    public var status: Status?
    /// When the postponements were logged; `nil` for all time.
    public var loggedIn: Range<Date>?
    /// Which weeks the work was planned in before it moved; `nil` for any.
    public var plannedIn: PlannedWeeks?
    public var limit: Int
    public var offset: Int
    /// A postponement the viewer just gave a verdict: a verdict moves it behind every unreviewed
    /// one, often past the page's end, so the answer keeps it beside the page
    /// (``PostponementReviewPage/kept``) where the reviewer sees what they did and can change it.
    public var keeping: Postponement.ID?

    public init(
        owners: Owners, reason: ReasonCode? = nil, status: Status? = nil, loggedIn: Range<Date>? = nil, plannedIn: PlannedWeeks? = nil,
        limit: Int = 50, offset: Int = 0, keeping: Postponement.ID? = nil
    ) {
        self.owners = owners
        self.reason = reason
        self.status = status
        self.loggedIn = loggedIn
        self.plannedIn = plannedIn
        self.limit = limit
        self.offset = offset
        self.keeping = keeping
    }

    /// The days before `now` a list looks back over. The end lies a minute past `now`, so a
    /// postponement logged in the same second as the request is in it.
    public static func loggedWithin(days: Int, before now: Date) -> Range<Date> {
        now.addingTimeInterval(-Double(days) * 86_400)..<now.addingTimeInterval(60)
    }

    /// The team page's question: the team's subtree, or one person when the page is narrowed
    /// to them, logged in the ``TeamReport/postponementDays`` before `now` — or, when the page
    /// is asked for a period (as the start page's count links to it), away from work planned in
    /// its weeks whenever logged — one page of ``ListPage/pageSize`` starting at `offset`,
    /// keeping in view the one just reviewed.
    public static func teamPage(
        _ team: Team.ID, person: Person.ID? = nil, reason: ReasonCode? = nil, status: Status? = nil, plannedIn: PlannedWeeks? = nil,
        offset: Int = 0, keeping: Postponement.ID? = nil, asOf now: Date
    ) -> PostponementReviewQuery {
        PostponementReviewQuery(
            owners: person.map { .person($0) } ?? .team(team), reason: reason, status: status,
            loggedIn: plannedIn == nil ? loggedWithin(days: TeamReport.postponementDays, before: now) : nil, plannedIn: plannedIn,
            limit: ListPage.pageSize, offset: max(offset, 0), keeping: keeping)
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
