import FluentKit
import Foundation

final class ProductModel: Model, @unchecked Sendable {
    static let schema = "products"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "name") var name: String
    @OptionalField(key: "series") var series: String?
    @OptionalField(key: "price_cents") var priceCents: Int64?

    init() {}
}
