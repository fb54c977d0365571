import Foundation
import SalesDomain

extension CompetenceStore {
    /// The role profiles page: the profiles of the framework named (else of the most recently
    /// published one), on its newest published version — profiles are set against what
    /// assessments can use. A framework with no published version is not found. Role profiles
    /// are the organization's rules, which everyone in it reads.
    public func roleProfileList(framework named: CompetencyFramework.ID?) async throws -> RoleProfileList {
        let frameworks = Self.newestPublished(try await frameworkVersions())
        let framework: CompetencyFramework?
        if let named {
            guard let found = frameworks.first(where: { $0.id == named }) else {
                throw AccessRefused(.notFound, entity: "framework", field: "framework")
            }
            framework = found
        } else {
            framework = frameworks.first
        }
        let markets = try await directory.markets().sorted { $0.name < $1.name }
        let marketsByID = Dictionary(markets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let profiles = if let framework { try await roleProfiles(framework: framework.id) } else { [RoleProfile]() }
        let entries = profiles.map { RoleProfileList.Entry(profile: $0, market: $0.marketID.flatMap { marketsByID[$0] }) }
            .sorted { Self.order($0) < Self.order($1) }
        return RoleProfileList(frameworks: frameworks, framework: framework, entries: entries, markets: markets)
    }

    /// One profile (``RoleProfileQuery``): a framework with no published version, a market that
    /// does not exist and — when it must exist — a profile not set up are not found.
    public func roleProfile(_ query: RoleProfileQuery) async throws -> RoleProfileScreen {
        guard let framework = try await latestVersion(of: query.framework, publishedOnly: true) else {
            throw AccessRefused(.notFound, entity: "framework", field: "framework")
        }
        var market: Market?
        if let id = query.market {
            guard let found = try await directory.market(id) else { throw AccessRefused(.notFound, entity: "market", field: "market") }
            market = found
        }
        let stored = try await roleProfiles(framework: framework.id).first { $0.jobRole == query.jobRole && $0.marketID == query.market }
        if query.mustExist, stored == nil { throw AccessRefused(.notFound, entity: "role profile", field: "jobRole") }
        return RoleProfileScreen(framework: framework, jobRole: query.jobRole, market: market, stored: stored)
    }

    /// The newest published version of each framework, the most recently published first.
    static func newestPublished(_ versions: [CompetencyFramework]) -> [CompetencyFramework] {
        let published = versions.filter { $0.status == .published }
        let newest = Dictionary(grouping: published, by: \.id).values.compactMap { $0.max { $0.version < $1.version } }
        return newest.sorted {
            let left = $0.publishedAt ?? .distantPast, right = $1.publishedAt ?? .distantPast
            return left != right ? left > right : $0.key < $1.key
        }
    }

    /// By role in the order the sale runs, the profile for all markets before the markets' own.
    static func order(_ entry: RoleProfileList.Entry) -> (Int, Int, String) {
        (JobRole.allCases.firstIndex(of: entry.profile.jobRole) ?? 0, entry.market == nil ? 0 : 1, entry.market?.name ?? "")
    }
}
