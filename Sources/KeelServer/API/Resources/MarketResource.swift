import SalesDomain
import Vapor

struct MarketResource: Content, Equatable {
    var id: UUID
    var code: String
    var name: String

    init(_ market: Market) {
        id = market.id.rawValue
        code = market.code
        name = market.name
    }
}
