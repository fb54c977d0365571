import KeelStore
import SalesDomain
import Vapor

extension ExecutionPage.Model {
    /// Every analysis for the scope the request names (or the viewer's natural one), over the
    /// weeks and months the query asks for.
    static func query(_ request: Request) async throws -> Self {
        let scope = try await request.analysisScope()
        let weeks = try AnalysisPeriod.weeks(request)
        let calendar = WeekCalendar.stockholm
        // One period picker: the deal analyses cover the months the chosen weeks touch.
        let months = calendar.month(containing: calendar.start(of: weeks.lowerBound))
            ... calendar.month(containing: calendar.start(of: weeks.upperBound.next).addingTimeInterval(-1))
        let analytics = try request.executionAnalytics
        let settings = OrganizationSettings(database: request.db, organizationID: analytics.organizationID)
        let directory = try request.directory
        let policy = try await request.policy()

        let stalled = try await analytics.stalledDeals(scope, asOf: request.now, limit: ExecutionPage.stalledListLimit)
        let ownerNames = Dictionary(
            try await directory.people(ids: Array(Set(stalled.page.map(\.ownerID)))).map { ($0.id, $0.name) },
            uniquingKeysWith: { first, _ in first })

        let teams = try await directory.teams(includeInactive: false)
        let markets = try await directory.markets()
        return Self(
            scope: scope,
            scopeName: try await name(of: scope, request: request, teams: teams, markets: markets),
            choices: ExecutionPage.ScopeChoice.choices(for: policy, viewer: try request.signedIn.person, teams: teams, markets: markets),
            weeks: weeks,
            months: months,
            rules: try await settings.workCategoryRules(),
            catalog: try await settings.reasonCatalog(),
            pressurePolicy: try await settings.pressurePolicy(),
            allocation: try await analytics.timeAllocation(scope, weeks: weeks),
            rate: try await analytics.executionRate(scope, weeks: weeks, asOf: request.now),
            pressure: try await analytics.pressure(scope, weeks: weeks, asOf: request.now),
            momentum: try await analytics.momentum(scope, months: months),
            stalled: stalled,
            ownerNames: ownerNames,
            results: try await analytics.dealResults(scope, closedIn: months),
            reasons: try await analytics.reasons(scope, periods: .month(months.lowerBound)...(.month(months.upperBound)))
        )
    }

    private static func name(of scope: AnalysisScope, request: Request, teams: [Team], markets: [Market]) async throws -> String {
        let text = Localizer(request.language)
        switch scope {
        case .person(let id): return try await request.directory.person(id)?.name ?? id.description
        case .team(let id):
            if let team = teams.first(where: { $0.id == id }) { return team.name }
            return try await request.directory.team(id)?.name ?? id.description
        case .market(let id): return text(.scopeMarket, ["name": markets.first { $0.id == id }?.name ?? id.description])
        case .organization: return text(.scopeOrganization)
        }
    }
}

extension ExecutionPage.ScopeChoice {
    /// What the viewer can switch to: the organization and markets they see, and teams — all
    /// of a manager's subtree; for leadership, the teams of the top two levels, so the list stays
    /// usable in a large organization (deeper teams are a click away on their team pages).
    static func choices(for policy: AccessPolicy, viewer: Person, teams: [Team], markets: [Market]) -> [Self] {
        var choices: [Self] = []
        if policy.canReadOrganization { choices.append(Self(scope: .organization, label: nil)) }
        for market in markets.sorted(by: { $0.name < $1.name }) where policy.canRead(market: market.id) {
            choices.append(Self(scope: .market(market.id), label: market.name))
        }
        let visible = teams.filter(policy.canRead)
        let shown: [Team]
        if case .teams = policy.scope {
            shown = visible
        } else {
            let topLevel = Set(visible.filter { $0.parentID == nil }.map(\.id))
            shown = visible.filter { $0.parentID == nil || topLevel.contains($0.parentID!) }
        }
        for team in shown.sorted(by: { $0.name < $1.name }) {
            choices.append(Self(scope: .team(team.id), label: team.name))
        }
        choices.append(Self(scope: .person(viewer.id), label: viewer.name))
        return choices
    }
}
