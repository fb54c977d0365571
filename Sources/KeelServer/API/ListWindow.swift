import SalesDomain
import Vapor

/// The `limit` and `offset` query parameters of a paged listing, checked: a value that is not
/// a whole number or out of range is refused naming the parameter, never silently replaced.
struct ListWindow: Sendable {
    var limit: Int
    var offset: Int

    init(limit: Int?, offset: Int?, defaultLimit: Int = 100, maximumLimit: Int = 1000) throws {
        self.limit = limit ?? defaultLimit
        guard (1...maximumLimit).contains(self.limit) else {
            throw FieldError(field: "limit", code: .invalidValue, .listLimitOutOfRange, ["maximum": String(maximumLimit)])
        }
        self.offset = offset ?? 0
        guard self.offset >= 0 else { throw FieldError(field: "offset", code: .invalidValue, .valueNegative) }
    }

    /// From the request's query string.
    init(_ request: Request, defaultLimit: Int = 100, maximumLimit: Int = 1000) throws {
        func integer(_ name: String) throws -> Int? {
            guard let text = request.query[String.self, at: name] else { return nil }
            guard let value = Int(text) else {
                throw FieldError(field: name, code: .invalidValue, .notAWholeNumber, ["value": text])
            }
            return value
        }
        try self.init(limit: try integer("limit"), offset: try integer("offset"), defaultLimit: defaultLimit, maximumLimit: maximumLimit)
    }
}
