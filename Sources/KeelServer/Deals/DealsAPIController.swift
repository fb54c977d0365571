import Foundation
import KeelStore
import SalesDomain
import Vapor

/// `GET /api/v1/deals` and `GET /api/v1/deals/{dealID}`: the deals the caller may see, and one
/// of them with its stage history and activities. Reach is ``AccessPolicy/canReadDeal(ownedBy:)``,
/// applied by ``DealStore``; a deal out of reach is not found.
enum DealsAPIController {
    static func register(on api: any RoutesBuilder) {
        let deals = api.grouped("deals")
        deals.on(.GET, access: .signedIn(.readOwnRecords), use: list)
        deals.on(.GET, ":dealID", access: .signedIn(.readOwnRecords), use: deal)
    }

    @Sendable
    static func list(_ request: Request) async throws -> DealListResource {
        let window = try ListWindow(request)
        let query = try request.dealListQuery(window: window)
        let list = try await request.deals.list(query, for: try await request.policy(), calendar: try await request.organizationCalendar)
        return DealListResource(list, limit: window.limit, currency: try await request.reportingCurrency)
    }

    @Sendable
    static func deal(_ request: Request) async throws -> DealResource {
        DealResource(try await request.dealScreen(policy: try await request.policy()), currency: try await request.reportingCurrency)
    }
}

extension Request {
    var deals: DealStore {
        get throws { DealStore(database: db, organizationID: try signedIn.person.organizationID) }
    }

    /// The deal the path names (`dealID`), as the viewer may see it: the page's and the API's one read.
    func dealScreen(policy: AccessPolicy) async throws -> DealScreen {
        let id = try self.id("dealID", as: Deal.ID.self, entity: "deal")
        return try await deals.screen(id, for: policy, asOf: now, calendar: try await organizationCalendar)
    }

    /// The list's filters from the query string: `owner` (a person's id), `stage`, `outcome`
    /// (open, won or lost) and `stalled` (true or false); an unreadable one is 400.
    func dealListQuery(window: ListWindow) throws -> DealListQuery {
        func text(_ name: String) -> String? {
            guard let raw = query[String.self, at: name], !raw.isEmpty else { return nil }
            return raw
        }
        var owner: Person.ID?
        if let raw = text("owner") {
            guard let id = Person.ID(uuidString: raw) else { throw APIError.malformed("owner", .notAnID, ["value": raw]) }
            owner = id
        }
        let outcome = try text("outcome").map { try APIError.parse(DealOutcome.self, $0, field: "outcome") }
        var stalledOnly = false
        if let raw = text("stalled") {
            guard let value = ["true": true, "false": false][raw] else {
                throw APIError.malformed("stalled", .notOneOf, ["value": raw, "choices": "true, false"])
            }
            stalledOnly = value
        }
        return DealListQuery(
            owner: owner, stage: text("stage").map { DealStage($0) }, outcome: outcome, stalledOnly: stalledOnly, asOf: now,
            offset: window.offset, limit: window.limit)
    }
}
