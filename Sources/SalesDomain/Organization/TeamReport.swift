import Foundation

/// A team page's answer for one viewer: where the team sits, its sub-teams with their people,
/// its people (the whole subtree, those the viewer may read) and the postponements they logged
/// in the last 30 days, newest first.
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
    /// From the parent up, those the viewer may read.
    public var ancestors: [Team]
    public var market: Market?
    public var subteams: [Subteam]
    public var managers: [Person]
    /// At most ``peopleLimit``; `totalPeople` says how many there are.
    public var people: [Person]
    public var totalPeople: Int
    public var postponements: [PostponedActivity]
    public var reasons: ReasonCatalog
    /// Every team and market, for naming a person's team and market.
    public var teams: [Team]
    public var markets: [Market]

    /// A market-level team can hold thousands; past this many the page points to search.
    public static let peopleLimit = 500
    /// The most recent postponements shown for review; older ones are in the analyses.
    public static let postponementLimit = 50
    /// How far back the postponement list looks.
    public static let postponementWindow: TimeInterval = 30 * 86_400

    public init(
        team: Team, ancestors: [Team], market: Market?, subteams: [Subteam], managers: [Person], people: [Person],
        totalPeople: Int, postponements: [PostponedActivity], reasons: ReasonCatalog, teams: [Team], markets: [Market]
    ) {
        self.team = team
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
