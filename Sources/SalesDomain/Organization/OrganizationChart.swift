/// The organization as a leader reads it: per market, the teams the viewer may read as trees,
/// each with its active people — the whole subtree's and the team's own — and its managers.
///
/// A team hangs under its parent only when both are in the same market and the parent is shown;
/// otherwise it starts a tree of its own in its market. Its headcount still covers its whole
/// subtree, across markets: "Stockholm, 37 people" means everyone below Stockholm.
public struct OrganizationChart: Hashable, Sendable {
    public struct TeamNode: Hashable, Sendable {
        public var team: Team
        /// Active people in the team and every team below it.
        public var headcount: Int
        /// Active people placed in the team itself.
        public var ownMembers: Int
        public var managers: [Person]
        public var children: [TeamNode]
    }

    public struct MarketSection: Hashable, Sendable {
        /// `nil` for teams outside every market.
        public var market: Market?
        public var teams: [TeamNode]
    }

    public var sections: [MarketSection]
    /// The teams shown, in the order given, each also somewhere in `sections`.
    public var teams: [Team]
    /// Active people placed in each team itself.
    public var ownMembers: [Team.ID: Int]
    /// Active people in the teams shown.
    public var activePeople: Int
    public var teamCount: Int

    /// The markets the chart has a section for: those with a team the viewer reads. An empty
    /// market, or one whose teams are out of the viewer's reach, shows nothing a reader could
    /// open, so the chart leaves it out on the page and in the API alike.
    public var markets: [Market] { sections.compactMap(\.market) }

    /// - Parameters:
    ///   - teams: the active teams the viewer may read.
    ///   - ownMembers: active people per team, placed in the team itself.
    ///   - managers: the managers the viewer may read.
    public init(markets: [Market], teams: [Team], ownMembers: [Team.ID: Int], managers: [Person]) {
        let byID = Dictionary(uniqueKeysWithValues: teams.map { ($0.id, $0) })
        let hierarchy = TeamHierarchy(teams)
        let managersByTeam = Dictionary(grouping: managers.filter { $0.teamID != nil }, by: { $0.teamID! })
        func treeParent(_ team: Team) -> Team.ID? {
            guard let parent = team.parentID.flatMap({ byID[$0] }), parent.marketID == team.marketID else { return nil }
            return parent.id
        }
        let childrenByParent = Dictionary(grouping: teams, by: treeParent)
        func node(_ team: Team) -> TeamNode {
            TeamNode(
                team: team, headcount: hierarchy.headcount(of: team.id, ownMembers: ownMembers),
                ownMembers: ownMembers[team.id] ?? 0, managers: managersByTeam[team.id] ?? [],
                children: (childrenByParent[team.id] ?? []).map(node)
            )
        }
        let roots = childrenByParent[nil] ?? []
        var sections: [MarketSection] = markets.compactMap { market in
            let marketRoots = roots.filter { $0.marketID == market.id }
            return marketRoots.isEmpty ? nil : MarketSection(market: market, teams: marketRoots.map(node))
        }
        let acrossMarkets = roots.filter { $0.marketID == nil }
        if !acrossMarkets.isEmpty { sections.append(MarketSection(market: nil, teams: acrossMarkets.map(node))) }
        self.sections = sections
        self.teams = teams
        self.ownMembers = ownMembers
        activePeople = teams.reduce(0) { $0 + (ownMembers[$1.id] ?? 0) }
        teamCount = teams.count
    }
}
