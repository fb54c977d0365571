import KeelStore
import SalesDomain
import Vapor

extension ExecutionPage.Model {
    /// Every analysis for the scope the request names (or the viewer's natural one), over the
    /// weeks and months the query asks for.
    /// The screen's one query (`ExecutionAnalytics.overview`), answered for the viewer's
    /// policy, and the scopes the viewer may switch to.
    static func query(_ request: Request) async throws -> Self {
        let query = ExecutionQuery(
            scope: try request.analysisScope(), weeks: try AnalysisPeriod.weeks(request, calendar: try await request.organizationCalendar), asOf: request.now,
            stalledLimit: ExecutionPage.stalledListLimit)
        let policy = try await request.policy()
        let overview = try await request.executionAnalytics.overview(query, for: policy)
        let directory = try request.directory
        let choices = ExecutionPage.ScopeChoice.choices(
            for: policy, viewer: try request.signedIn.person, teams: try await directory.teams(includeInactive: false),
            markets: try await directory.markets())
        return Self(overview, choices: choices, text: Localizer(request.language))
    }

    /// The page from the overview, titled in the reader's language.
    init(_ overview: ExecutionOverview, choices: [ExecutionPage.ScopeChoice], text: Localizer) {
        let scopeName = switch overview.subject {
        case .person(let person): person.name
        case .team(let team): team.name
        case .market(let market): text(.scopeMarket, ["name": market.name])
        case .organization: text(.scopeOrganization)
        }
        self.init(
            scope: overview.query.scope, scopeName: scopeName, choices: choices, weeks: overview.query.weeks,
            months: overview.months, rules: overview.rules, catalog: overview.catalog, pressurePolicy: overview.pressurePolicy,
            allocation: overview.allocation, rate: overview.rate, pressure: overview.pressure, momentum: overview.momentum,
            stalled: overview.stalled, ownerNames: overview.ownerNames, results: overview.results, reasons: overview.reasons)
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
