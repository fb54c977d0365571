import FluentKit
import Foundation

final class OrganizationSettingModel: Model, @unchecked Sendable {
    static let schema = "organization_settings"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "key") var key: String
    @Field(key: "value") var value: String
    @Field(key: "updated_at") var updatedAt: Date
    @OptionalField(key: "updated_by") var updatedBy: UUID?

    init() {}
}
