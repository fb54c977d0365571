import FluentKit
import Foundation
import SalesDomain

final class TeamModel: Model, @unchecked Sendable {
    static let schema = "teams"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "name") var name: String
    @OptionalField(key: "parent_id") var parentID: UUID?
    @OptionalField(key: "market_id") var marketID: UUID?
    @Field(key: "is_active") var isActive: Bool
    @OptionalField(key: "deactivated_at") var deactivatedAt: Date?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(_ team: Team, createdAt: Date) {
        id = team.id.rawValue
        self.createdAt = createdAt
        apply(team)
    }

    func apply(_ team: Team) {
        organizationID = team.organizationID.rawValue
        name = team.name
        parentID = team.parentID?.rawValue
        marketID = team.marketID?.rawValue
        isActive = team.isActive
        deactivatedAt = team.deactivatedAt
    }

    var domain: Team {
        Team(
            id: .init(id!), organizationID: .init(organizationID), name: name,
            parentID: parentID.map(Team.ID.init), marketID: marketID.map(Market.ID.init),
            isActive: isActive, deactivatedAt: deactivatedAt
        )
    }
}
