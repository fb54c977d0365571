import SalesDomain
import Vapor

/// The signed-in person, their organization, and what they may do.
struct MeResource: Content {
    struct OrganizationSummary: Content {
        var id: UUID
        var name: String
        var slug: String
    }

    var person: PersonResource
    var organization: OrganizationSummary
    var team: TeamResource?
    /// `organization`, `markets`, `team_subtree` or `own_records`.
    var scope: String
    var capabilities: [String]
}

extension AccessScope {
    var apiName: String {
        switch self {
        case .organization: "organization"
        case .markets: "markets"
        case .teams: "team_subtree"
        case .ownRecordsOnly: "own_records"
        }
    }
}
