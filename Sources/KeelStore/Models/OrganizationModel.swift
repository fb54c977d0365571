import FluentKit
import Foundation
import SalesDomain

final class OrganizationModel: Model, @unchecked Sendable {
    static let schema = "organizations"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "slug") var slug: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(_ organization: Organization) {
        id = organization.id.rawValue
        name = organization.name
        slug = organization.slug
        createdAt = organization.createdAt
    }

    var domain: Organization {
        Organization(id: .init(id!), name: name, slug: slug, createdAt: createdAt)
    }
}
