import SalesDomain
import Vapor

/// A person as the API shows them.
struct PersonResource: Content, Equatable {
    var id: UUID
    var name: String
    var email: String
    var jobRole: String
    var accessRole: String
    var teamID: UUID?
    var marketID: UUID?
    var leaderMarketIDs: [UUID]
    var language: String?
    var active: Bool
    var deactivatedAt: Date?

    init(_ person: Person) {
        id = person.id.rawValue
        name = person.name
        email = person.email
        jobRole = person.jobRole.rawValue
        accessRole = person.accessRole.rawValue
        teamID = person.teamID?.rawValue
        marketID = person.marketID?.rawValue
        leaderMarketIDs = person.leaderMarketIDs.map(\.rawValue)
        language = person.language?.rawValue
        active = person.isActive
        deactivatedAt = person.deactivatedAt
    }
}
