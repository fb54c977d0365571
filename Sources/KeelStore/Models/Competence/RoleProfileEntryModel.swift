import FluentKit
import Foundation
import SalesDomain

final class RoleProfileEntryModel: Model, @unchecked Sendable {
    static let schema = "role_profile_entries"

    @ID(key: .id) var id: UUID?
    @Field(key: "role_profile_id") var roleProfileID: UUID
    @Field(key: "competency_id") var competencyID: UUID
    @Field(key: "target_level") var targetLevel: Int
    @Field(key: "weight") var weight: Double
    @Field(key: "position") var position: Int

    init() {}

    init(_ entry: RoleProfileEntry, profileID: RoleProfile.ID, position: Int) {
        id = UUID()
        roleProfileID = profileID.rawValue
        competencyID = entry.competencyID.rawValue
        targetLevel = entry.targetLevel
        weight = entry.weight
        self.position = position
    }

    var domain: RoleProfileEntry {
        RoleProfileEntry(competencyID: .init(competencyID), targetLevel: targetLevel, weight: weight)
    }
}
