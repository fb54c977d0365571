import FluentKit
import Foundation

final class AccountModel: Model, @unchecked Sendable {
    static let schema = "accounts"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "name") var name: String
    @OptionalField(key: "sector") var sector: String?
    @OptionalField(key: "country") var country: String?

    init() {}
}
