import Foundation
import SalesDomain

/// How a ``CompetenceGroup`` is stored as the key of a heatmap tally.
extension CompetenceGroup {
    /// The stored `group_kind`.
    enum Kind: String, Sendable {
        case team
        case market
        case organization
        case withoutTeam = "no_team"
        case withoutMarket = "no_market"
    }

    var kind: Kind {
        switch self {
        case .team: .team
        case .market: .market
        case .organization: .organization
        case .withoutTeam: .withoutTeam
        case .withoutMarket: .withoutMarket
        }
    }

    /// The stored `group_id`: groups that name no record use the organization's id, so the
    /// tally key never holds a null (a unique constraint would not see two nulls as equal).
    func storedID(organization: UUID) -> UUID {
        switch self {
        case .team(let id): id.rawValue
        case .market(let id): id.rawValue
        case .organization, .withoutTeam, .withoutMarket: organization
        }
    }

    init?(kind: String, id: UUID) {
        switch Kind(rawValue: kind) {
        case .team: self = .team(.init(id))
        case .market: self = .market(.init(id))
        case .organization: self = .organization
        case .withoutTeam: self = .withoutTeam
        case .withoutMarket: self = .withoutMarket
        case nil: return nil
        }
    }
}
