/// Whose goal it is: the company's, a team's or one person's. The level decides which goals may
/// be its parent (``GoalDraft``) and over whose deals a KPI is computed (``GoalKPI``).
public enum GoalOwner: Hashable, Sendable {
    case company
    case team(Team.ID)
    case person(Person.ID)

    public enum Level: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        case company, team, individual

        private var rank: Int {
            switch self {
            case .company: 0
            case .team: 1
            case .individual: 2
            }
        }

        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }
    }

    public var level: Level {
        switch self {
        case .company: .company
        case .team: .team
        case .person: .individual
        }
    }

    public var teamID: Team.ID? {
        if case .team(let id) = self { id } else { nil }
    }

    public var personID: Person.ID? {
        if case .person(let id) = self { id } else { nil }
    }
}
