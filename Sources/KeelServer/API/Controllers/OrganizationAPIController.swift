import KeelStore
import SalesDomain
import Vapor

/// The organization overview and its markets.
enum OrganizationAPIController {
    static func register(on api: any RoutesBuilder) {
        api.on(.GET, "organization", access: .signedIn(.readOrganization), use: overview)
        api.on(.GET, "markets", access: .signedIn(.readOwnRecords), use: markets)
    }

    @Sendable
    static func overview(_ request: Request) async throws -> OrganizationResource {
        let directory = try request.directory
        let policy = try await request.policy()
        let organization = try await directory.organization()
        let headcount = try await directory.activeHeadcountByTeam()
        let teams = try await directory.teams(includeInactive: false).filter(policy.canRead)
        let markets = try await directory.markets()
        let visibleMarkets = markets.filter { market in
            if case .markets(let ids) = policy.scope { return ids.contains(market.id) }
            return true
        }
        return OrganizationResource(
            id: organization.id.rawValue, name: organization.name, slug: organization.slug,
            markets: visibleMarkets.map(MarketResource.init),
            teams: teams.map { TeamResource($0, headcount: headcount[$0.id] ?? 0) },
            activePeople: teams.reduce(0) { $0 + (headcount[$1.id] ?? 0) }
        )
    }

    @Sendable
    static func markets(_ request: Request) async throws -> ListResource<MarketResource> {
        try await request.remembered(\.markets) {
            let markets = try await request.directory.markets()
            return ListResource(items: markets.map(MarketResource.init), total: markets.count)
        }
    }
}
