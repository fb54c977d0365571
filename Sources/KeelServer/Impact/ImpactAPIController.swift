import Foundation
import KeelStore
import SalesDomain
import Vapor

/// Traced impact (SPEC §5) through the API: the interventions and their groups' estimates, one
/// estimate with the sellers behind it, and the seller-weeks behind it as CSV or JSON so anyone
/// can recompute it. Who reads what is ``AccessPolicy``'s (`canReadImpact`), applied by ``ImpactStore``.
enum ImpactAPIController {
    static func register(on api: any RoutesBuilder) {
        let impact = api.grouped("impact")
        impact.on(.GET, access: .signedIn(.readOwnRecords), use: list)
        impact.on(.GET, "estimates", ":interventionID", access: .signedIn(.readOwnRecords), use: estimate)
        impact.on(.GET, "estimates", ":interventionID", "export", access: .signedIn(.readOwnRecords), use: export)
    }

    @Sendable
    static func list(_ request: Request) async throws -> ImpactListResource {
        let query = try request.impactListQuery(defaultLimit: 100, maximumLimit: 1000)
        return ImpactListResource(try await request.impact.list(query, for: try await request.policy()), limit: query.limit, language: request.language)
    }

    @Sendable
    static func estimate(_ request: Request) async throws -> ImpactEstimateResource {
        ImpactEstimateResource(try await request.impactEstimate(), language: request.language, currency: try await request.reportingCurrency)
    }

    @Sendable
    static func export(_ request: Request) async throws -> Response {
        let format = (try? request.query.get(String.self, at: "format")) ?? "json"
        guard ["csv", "json"].contains(format) else {
            throw APIError(.badRequest, code: "invalid_value", .notOneOf, ["value": format, "choices": "csv, json"], field: "format")
        }
        let screen = try await request.impactEstimate()
        if format == "csv" {
            return AuditPagesController.download(
                ImpactExportResource.csv(screen.export), type: HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"]),
                name: "keel-impact.csv", for: request)
        }
        let response = Response(status: .ok)
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        try response.content.encode(ImpactExportResource(screen.export, names: screen.targetNames, language: request.language))
        return response
    }
}

extension Request {
    var impact: ImpactStore {
        get async throws {
            ImpactStore(database: db, organizationID: try signedIn.person.organizationID, calendar: try await organizationCalendar)
        }
    }

    /// Which page of the impact list the query string asks for (`limit`, `offset`), for the
    /// page and the API alike; a value that is not a whole number or out of range is refused.
    func impactListQuery(defaultLimit: Int, maximumLimit: Int) throws -> ImpactListQuery {
        let window = try ListWindow(self, defaultLimit: defaultLimit, maximumLimit: maximumLimit)
        return ImpactListQuery(offset: window.offset, limit: window.limit)
    }

    /// The estimate the path names, over `weeks` (default 8) and, when given, the `comparison`
    /// sellers (comma-separated ids).
    func impactEstimate() async throws -> ImpactEstimateScreen {
        let id = parameters.get("interventionID") ?? ""
        var weeks = ImpactWindows.defaultWeeks
        if let text = try? query.get(String.self, at: "weeks") {
            guard let value = Int(text) else { throw APIError(.badRequest, code: "invalid_value", .notAWholeNumber, ["value": text], field: "weeks") }
            weeks = value
        }
        var comparison: [Person.ID]?
        if let text = try? query.get(String.self, at: "comparison") {
            comparison = try text.split(separator: ",").map { part in
                guard let id = Person.ID(uuidString: part.trimmingCharacters(in: .whitespaces)) else {
                    throw APIError(.badRequest, code: "invalid_value", .notAnID, ["value": String(part)], field: "comparison")
                }
                return id
            }
        }
        return try await impact.estimate(id, weeks: weeks, comparison: comparison, asOf: now, for: try await policy())
    }
}
