import Vapor

struct TeamMembershipResource: Content {
    var teamID: UUID
    var teamName: String
    var from: Date
    var until: Date?
}
