import FluentKit
import Foundation
import SalesDomain

final class TeamMembershipModel: Model, @unchecked Sendable {
    static let schema = "team_memberships"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "person_id") var personID: UUID
    @Field(key: "team_id") var teamID: UUID
    @Field(key: "valid_from") var from: Date
    @OptionalField(key: "valid_until") var until: Date?

    init() {}

    init(organizationID: Organization.ID, _ membership: TeamMembership) {
        id = UUID()
        self.organizationID = organizationID.rawValue
        personID = membership.personID.rawValue
        teamID = membership.teamID.rawValue
        from = membership.from
        until = membership.until
    }

    var domain: TeamMembership {
        TeamMembership(personID: .init(personID), teamID: .init(teamID), from: from, until: until)
    }
}
