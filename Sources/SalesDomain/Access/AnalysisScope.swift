import Foundation

/// The group an analysis is about: one person, a team with its sub-teams, a market, or the
/// whole organization. Written in URLs as `person:<id>`, `team:<id>`, `market:<id>` or
/// `organization`.
public enum AnalysisScope: Hashable, Sendable, CustomStringConvertible {
    case person(Person.ID)
    case team(Team.ID)
    case market(Market.ID)
    case organization

    /// `nil` for anything that is not one of the four forms.
    public init?(_ text: String) {
        if text == "organization" {
            self = .organization
            return
        }
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let uuid = UUID(uuidString: parts[1]) else { return nil }
        switch parts[0] {
        case "person": self = .person(Person.ID(uuid))
        case "team": self = .team(Team.ID(uuid))
        case "market": self = .market(Market.ID(uuid))
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case .person(let id): "person:\(id)"
        case .team(let id): "team:\(id)"
        case .market(let id): "market:\(id)"
        case .organization: "organization"
        }
    }

    /// The scope a viewer lands on when they ask for none: a seller their own figures, a
    /// manager their team, leaders and admins the organization (a market leader their first
    /// market).
    public static func natural(for viewer: Viewer) -> AnalysisScope {
        switch viewer.accessRole {
        case .seller: return .person(viewer.personID)
        case .manager: return viewer.teamID.map(AnalysisScope.team) ?? .person(viewer.personID)
        case .leader, .admin:
            if viewer.accessRole == .leader, let market = viewer.leaderMarketIDs.sorted().first { return .market(market) }
            return .organization
        }
    }
}
