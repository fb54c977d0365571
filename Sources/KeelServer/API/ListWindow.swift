import SalesDomain
import Vapor

/// The `limit` and `offset` query parameters of a paged listing, checked: a value that is not
/// a whole number or out of range is refused naming the parameter, never silently replaced.
struct ListWindow: Sendable {
    var limit: Int
    var offset: Int

    init(limit: Int?, offset: Int?, defaultLimit: Int = 100, maximumLimit: Int = 1000) throws {
        try self.init(limit: limit, offset: offset, unreadable: [], defaultLimit: defaultLimit, maximumLimit: maximumLimit)
    }

    /// From the request's query string.
    init(_ request: Request, defaultLimit: Int = 100, maximumLimit: Int = 1000) throws {
        var unreadable: [FieldError] = []
        func integer(_ name: String) -> Int? {
            guard let text = request.query[String.self, at: name] else { return nil }
            guard let value = Int(text) else {
                unreadable.append(FieldError(field: name, code: .invalidValue, .notAWholeNumber, ["value": text]))
                return nil
            }
            return value
        }
        let limit = integer("limit")
        let offset = integer("offset")
        try self.init(limit: limit, offset: offset, unreadable: unreadable, defaultLimit: defaultLimit, maximumLimit: maximumLimit)
    }

    /// A bad limit and a bad offset are refused together: one problem as itself, both as a list.
    private init(limit: Int?, offset: Int?, unreadable: [FieldError], defaultLimit: Int, maximumLimit: Int) throws {
        var problems = unreadable
        self.limit = limit ?? defaultLimit
        if !(1...maximumLimit).contains(self.limit) {
            problems.append(FieldError(field: "limit", code: .invalidValue, .listLimitOutOfRange, ["maximum": String(maximumLimit)]))
        }
        self.offset = offset ?? 0
        if self.offset < 0 { problems.append(FieldError(field: "offset", code: .invalidValue, .valueNegative)) }
        problems.sort { $0.field == "limit" && $1.field != "limit" }
        if problems.count == 1 { throw problems[0] }
        if problems.count > 1 { throw FieldErrors(problems) }
    }
}
