import Foundation

extension PersonDraft {
    /// A person sells in their team's market when the team has one: the one rule the person form,
    /// `POST`/`PUT /api/v1/people` and the CRM people import share (`Directory` applies it on every
    /// write). A draft without a market takes the team's; a draft with another market is refused
    /// on `marketID`, naming the team and its market, rather than quietly overwritten — an
    /// administrator who moves someone to a team abroad then sees the choice to make. A team
    /// without a market leaves the person's market as given.
    ///
    /// `teamMarket` is the team's market, for naming it.
    public func inTeamMarket(_ team: Team?, teamMarket: Market?) -> (draft: PersonDraft, error: FieldError?) {
        guard let team, let market = team.marketID else { return (self, nil) }
        guard let chosen = marketID else {
            var draft = self
            draft.marketID = market
            return (draft, nil)
        }
        guard chosen != market else { return (self, nil) }
        return (self, FieldError(
            field: "marketID", code: .invalidValue, .marketNotTeams, ["team": team.name, "market": teamMarket?.name ?? market.description]))
    }

    /// The market a person keeps when a write that does not choose one moves them to `team`
    /// (the CRM import knows no markets): the team's when it has one, else the one they had.
    public static func market(keeping current: Market.ID?, movingTo team: Team?) -> Market.ID? {
        team?.marketID ?? current
    }
}
