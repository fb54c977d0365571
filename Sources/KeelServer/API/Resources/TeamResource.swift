import SalesDomain
import Vapor

/// A team as the API shows it, with its number of active people.
struct TeamResource: Content, Equatable {
    var id: UUID
    var name: String
    var parentID: UUID?
    var marketID: UUID?
    var active: Bool
    var deactivatedAt: Date?
    var headcount: Int

    init(_ team: Team, headcount: Int) {
        id = team.id.rawValue
        name = team.name
        parentID = team.parentID?.rawValue
        marketID = team.marketID?.rawValue
        active = team.isActive
        deactivatedAt = team.deactivatedAt
        self.headcount = headcount
    }
}
