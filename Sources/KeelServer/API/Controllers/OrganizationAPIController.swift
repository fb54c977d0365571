import KeelStore
import SalesDomain
import Vapor

/// The organization overview and its markets.
enum OrganizationAPIController {
    static func register(on api: any RoutesBuilder) {
        api.on(.GET, "organization", access: .signedIn(.readOrganization), use: overview)
        api.on(.GET, "markets", access: .signedIn(.readOwnRecords), use: markets)
    }

    /// The organization page's chart (``Directory/organizationReport(_:for:)``) without the
    /// people search: its markets, its teams with their own active people, and its headcount.
    @Sendable
    static func overview(_ request: Request) async throws -> OrganizationResource {
        OrganizationResource(try await request.directory.organizationReport(OrganizationQuery(), for: try await request.policy()))
    }

    @Sendable
    static func markets(_ request: Request) async throws -> ListResource<MarketResource> {
        try await request.remembered(\.markets) {
            let markets = try await request.directory.markets()
            return ListResource(items: markets.map(MarketResource.init), total: markets.count)
        }
    }
}
