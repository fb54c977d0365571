import FluentKit
import Foundation
import SalesDomain

final class MarketModel: Model, @unchecked Sendable {
    static let schema = "markets"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String

    init() {}

    init(_ market: Market) {
        id = market.id.rawValue
        organizationID = market.organizationID.rawValue
        code = market.code
        name = market.name
    }

    var domain: Market {
        Market(id: .init(id!), organizationID: .init(organizationID), code: code, name: name)
    }
}
