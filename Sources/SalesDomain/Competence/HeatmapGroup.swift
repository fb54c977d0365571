/// One row of a competence heatmap: a team, a market, or the people who have none.
///
/// Encodes as `{"kind": "team", "id": "…"}`, or `{"kind": "unassigned"}`.
public enum HeatmapGroup: Hashable, Sendable, Codable, Comparable {
    case team(Team.ID)
    case market(Market.ID)
    /// People without a team (or market, depending on the grouping); shown so they are not lost.
    case unassigned

    private var rank: Int {
        switch self {
        case .team: 0
        case .market: 1
        case .unassigned: 2
        }
    }

    /// Teams, then markets, each by id; unassigned last.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case (.team(let left), .team(let right)): left < right
        case (.market(let left), .market(let right)): left < right
        default: lhs.rank < rhs.rank
        }
    }

    private enum CodingKeys: String, CodingKey {
        case kind, id
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "team": self = .team(try container.decode(Team.ID.self, forKey: .id))
        case "market": self = .market(try container.decode(Market.ID.self, forKey: .id))
        case "unassigned": self = .unassigned
        case let kind:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container, debugDescription: "'\(kind)' is not team, market or unassigned"
            )
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .team(let id):
            try container.encode("team", forKey: .kind)
            try container.encode(id, forKey: .id)
        case .market(let id):
            try container.encode("market", forKey: .kind)
            try container.encode(id, forKey: .id)
        case .unassigned:
            try container.encode("unassigned", forKey: .kind)
        }
    }
}
