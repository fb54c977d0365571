import KeelStore
import SalesDomain
import Vapor

extension RoleProfilesPage.Model {
    /// The profiles of the framework named by `framework`, else of the most recently published one.
    static func query(_ request: Request) async throws -> Self {
        let store = try request.competence
        let frameworks = RoleProfilesPage.newestPublished(try await store.frameworkVersions())
        let framework: CompetencyFramework?
        if let id = try RoleProfilesPage.frameworkID(in: request) {
            guard let named = frameworks.first(where: { $0.id == id }) else { throw APIError.notFound(field: "framework") }
            framework = named
        } else {
            framework = frameworks.first
        }
        let markets = try await request.directory.markets().sorted { $0.name < $1.name }
        let marketsByID = Dictionary(markets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var profiles: [RoleProfile] = []
        if let framework { profiles = try await store.roleProfiles(framework: framework.id) }
        let rows = profiles
            .map { RoleProfilesPage.Row(profile: $0, market: $0.marketID.flatMap { marketsByID[$0] }) }
            .sorted { RoleProfilesPage.order($0) < RoleProfilesPage.order($1) }
        return Self(frameworks: frameworks, framework: framework, rows: rows, markets: markets)
    }
}

extension RoleProfilesPage {
    /// Profiles are set against what assessments can use, so only published versions count:
    /// the newest one of each framework, the most recently published framework first.
    static func newestPublished(_ versions: [CompetencyFramework]) -> [CompetencyFramework] {
        let published = versions.filter { $0.status == .published }
        let newest = Dictionary(grouping: published, by: \.id).values.compactMap { $0.max { $0.version < $1.version } }
        return newest.sorted {
            let left = $0.publishedAt ?? .distantPast, right = $1.publishedAt ?? .distantPast
            return left != right ? left > right : $0.key < $1.key
        }
    }

    /// By role in the order the sale runs, the profile for all markets before the markets' own.
    static func order(_ row: Row) -> (Int, Int, String) {
        (JobRole.allCases.firstIndex(of: row.profile.jobRole) ?? 0, row.market == nil ? 0 : 1, row.market?.name ?? "")
    }

    /// The `framework` query parameter; one that is not an id names nothing, so it is not found.
    static func frameworkID(in request: Request) throws -> CompetencyFramework.ID? {
        guard let raw = try? request.query.get(String.self, at: "framework"), !raw.isEmpty else { return nil }
        guard let id = CompetencyFramework.ID(uuidString: raw) else { throw APIError.notFound(field: "framework") }
        return id
    }
}
