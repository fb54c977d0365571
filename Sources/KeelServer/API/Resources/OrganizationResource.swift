import Vapor

/// The organization overview: markets and the teams the viewer may see.
struct OrganizationResource: Content {
    var id: UUID
    var name: String
    var slug: String
    var markets: [MarketResource]
    var teams: [TeamResource]
    var activePeople: Int
}
