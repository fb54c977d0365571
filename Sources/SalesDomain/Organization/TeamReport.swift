import Foundation

/// A team page's answer for one viewer: where the team sits, how many people it holds, its
/// sub-teams with their people, its people (the whole subtree, those the viewer may read) and one
/// page of the postponements they logged in the last 30 days, unreviewed first, with how many
/// there are.
public struct TeamReport: Sendable {
    public struct Subteam: Hashable, Sendable {
        public var team: Team
        /// Active people in the sub-team and every team below it.
        public var headcount: Int
        /// Active people placed in the sub-team itself.
        public var ownMembers: Int

        public init(team: Team, headcount: Int, ownMembers: Int) {
            self.team = team
            self.headcount = headcount
            self.ownMembers = ownMembers
        }
    }

    public var team: Team
    /// Active people in the team and every team below it.
    public var headcount: Int
    /// Active people placed in the team itself.
    public var ownMembers: Int
    /// From the parent up, those the viewer may read.
    public var ancestors: [Team]
    public var market: Market?
    public var subteams: [Subteam]
    public var managers: [Person]
    /// At most ``peopleLimit``; `totalPeople` says how many there are.
    public var people: [Person]
    public var totalPeople: Int
    /// The review list's question (``PostponementReviewQuery/teamPage(_:person:reason:status:plannedIn:offset:keeping:asOf:)``)
    /// and its page, with how many matched.
    public var postponementQuery: PostponementReviewQuery
    public var postponements: PostponementReviewPage
    public var reasons: ReasonCatalog
    /// Every team and market, for naming a person's team and market.
    public var teams: [Team]
    public var markets: [Market]

    /// A market-level team can hold thousands; past this many the page points to search.
    public static let peopleLimit = 500
    /// How many days back the postponement list looks; older ones are in the analyses.
    public static let postponementDays = 30

    public init(
        team: Team, headcount: Int, ownMembers: Int, ancestors: [Team], market: Market?, subteams: [Subteam], managers: [Person],
        people: [Person], totalPeople: Int, postponementQuery: PostponementReviewQuery, postponements: PostponementReviewPage,
        reasons: ReasonCatalog, teams: [Team], markets: [Market]
    ) {
        self.team = team
        self.headcount = headcount
        self.ownMembers = ownMembers
        self.postponementQuery = postponementQuery
        self.ancestors = ancestors
        self.market = market
        self.subteams = subteams
        self.managers = managers
        self.people = people
        self.totalPeople = totalPeople
        self.postponements = postponements
        self.reasons = reasons
        self.teams = teams
        self.markets = markets
    }
}
