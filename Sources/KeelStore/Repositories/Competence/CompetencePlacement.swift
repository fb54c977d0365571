import SalesDomain

/// Where a person's results are counted in the heatmap tallies: their team (and so every team
/// above it), their market and their job role — always the person's current ones, so that a
/// team's heatmap shows the people it has now.
struct CompetencePlacement: Hashable, Sendable {
    var teamID: Team.ID?
    var marketID: Market.ID?
    var jobRole: JobRole

    init(teamID: Team.ID?, marketID: Market.ID?, jobRole: JobRole) {
        self.teamID = teamID
        self.marketID = marketID
        self.jobRole = jobRole
    }

    init(_ person: Person) {
        self.init(teamID: person.teamID, marketID: person.marketID, jobRole: person.jobRole)
    }

    /// Every tally group a result of this person counts in: their team and each team above it
    /// (a team's row covers its whole subtree), their market, and the organization.
    func groups(in hierarchy: TeamHierarchy) -> [CompetenceGroup] {
        let teams: [CompetenceGroup] = teamID.map { team in [.team(team)] + hierarchy.ancestors(of: team).map(CompetenceGroup.team) }
            ?? [.withoutTeam]
        return teams + [marketID.map(CompetenceGroup.market) ?? .withoutMarket, .organization]
    }
}
