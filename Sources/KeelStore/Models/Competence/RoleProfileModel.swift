import FluentKit
import Foundation
import SalesDomain

final class RoleProfileModel: Model, @unchecked Sendable {
    static let schema = "role_profiles"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "framework_id") var frameworkID: UUID
    @Field(key: "job_role") var jobRole: String
    @OptionalField(key: "market_id") var marketID: UUID?
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    init(_ profile: RoleProfile, updatedAt: Date) {
        id = profile.id.rawValue
        self.updatedAt = updatedAt
        apply(profile)
    }

    func apply(_ profile: RoleProfile) {
        organizationID = profile.organizationID.rawValue
        frameworkID = profile.frameworkID.rawValue
        jobRole = profile.jobRole.rawValue
        marketID = profile.marketID?.rawValue
    }

    /// `nil` for a job role this version of Keel does not know.
    func domain(entries: [RoleProfileEntryModel]) -> RoleProfile? {
        guard let role = JobRole(rawValue: jobRole) else { return nil }
        return RoleProfile(
            id: .init(id!), organizationID: .init(organizationID), frameworkID: .init(frameworkID), jobRole: role,
            marketID: marketID.map(Market.ID.init),
            entries: entries.sorted { $0.position < $1.position }.map(\.domain)
        )
    }
}
