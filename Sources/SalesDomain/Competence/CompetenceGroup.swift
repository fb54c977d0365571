/// A group of people whose competence results are summed: a team with every team below it, a
/// market, the whole organization, or the people without a team or without a market. The rows
/// of the stored heatmap tallies and the drill-down's "the people behind this row" are both
/// one of these.
public enum CompetenceGroup: Hashable, Sendable, Comparable {
    /// Everyone in the team or a team below it.
    case team(Team.ID)
    case market(Market.ID)
    case organization
    case withoutTeam
    case withoutMarket

    private var rank: Int {
        switch self {
        case .market: 0
        case .withoutMarket: 1
        case .withoutTeam: 2
        case .organization: 3
        case .team: 4
        }
    }

    /// Teams among teams and markets among markets by id; kinds in a fixed order.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case (.team(let left), .team(let right)): left < right
        case (.market(let left), .market(let right)): left < right
        default: lhs.rank < rhs.rank
        }
    }
}
