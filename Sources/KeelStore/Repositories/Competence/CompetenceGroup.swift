import SalesDomain

/// The people behind one heatmap row, for drilling down.
public enum CompetenceGroup: Hashable, Sendable {
    /// Everyone in the team or a team below it.
    case team(Team.ID)
    case market(Market.ID)
    case organization
    case withoutTeam
    case withoutMarket
}
