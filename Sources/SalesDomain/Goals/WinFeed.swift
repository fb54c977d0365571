/// The team feed of wins (web page and `GET /api/v1/wins`): the recognitions a viewer reads,
/// newest first, optionally for one team's subtree, and — for a manager — the wins Keel suggests.
public struct WinFeed: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var win: Win
        public var subjectName: String
        public var postedByName: String
        public var goalTitle: String?

        public init(win: Win, subjectName: String, postedByName: String, goalTitle: String?) {
            self.win = win
            self.subjectName = subjectName
            self.postedByName = postedByName
            self.goalTitle = goalTitle
        }
    }

    public var team: Team.ID?
    public var entries: [Entry]
    public var suggestions: [WinSuggestion]
    /// The teams the viewer may filter by, and post for.
    public var teams: [Team]
    /// The people and teams the viewer may post a win for.
    public var people: [Person]
    public var postableTeams: [Team]

    public init(team: Team.ID?, entries: [Entry], suggestions: [WinSuggestion], teams: [Team], people: [Person], postableTeams: [Team]) {
        self.team = team
        self.entries = entries
        self.suggestions = suggestions
        self.teams = teams
        self.people = people
        self.postableTeams = postableTeams
    }

    /// How many wins a feed shows at most.
    public static let limit = 100
}
