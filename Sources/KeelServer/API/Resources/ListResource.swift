import Vapor

/// A page of a listing, with the total that matched the filters.
struct ListResource<Item: Content>: Content {
    var items: [Item]
    var total: Int
    var limit: Int?
    var offset: Int?
}
