import FluentKit
import Foundation

final class DigestPreferenceModel: Model, @unchecked Sendable {
    static let schema = "digest_preferences"

    /// The person's id: one choice per person.
    @ID(custom: "person_id", generatedBy: .user) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "enabled") var enabled: Bool
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}
