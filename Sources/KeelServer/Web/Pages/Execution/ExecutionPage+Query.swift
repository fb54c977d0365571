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
            stalledLimit: ExecutionPage.stalledListLimit, stalledOffset: try request.stalledOffset())
        let policy = try await request.policy()
        let overview = try await request.executionAnalytics.overview(query, for: policy)
        let text = try await request.localizer
        let choices = try await request.analysisScopeChoices(policy: policy, current: query.scope, currentName: scopeName(overview, text: text))
        return Self(overview, choices: choices, text: text)
    }

    static func scopeName(_ overview: ExecutionOverview, text: Localizer) -> String {
        switch overview.subject {
        case .person(let person): person.name
        case .team(let team): team.name
        case .market(let market): text(.scopeMarket, ["name": text.market(market)])
        case .organization: text(.scopeOrganization)
        }
    }

    /// The page from the overview, titled in the reader's language.
    init(_ overview: ExecutionOverview, choices: AnalysisScopeChoices, text: Localizer) {
        let scopeName = Self.scopeName(overview, text: text)
        self.init(
            scope: overview.query.scope, scopeName: scopeName, choices: choices, weeks: overview.query.weeks,
            months: overview.months, rules: overview.rules, catalog: overview.catalog, pressurePolicy: overview.pressurePolicy,
            allocation: overview.allocation, rate: overview.rate, pressure: overview.pressure, momentum: overview.momentum,
            stalled: overview.stalled, ownerNames: overview.ownerNames, results: overview.results, reasons: overview.reasons)
    }
}

extension Request {
    /// Where the execution page's stalled list starts (`stalledOffset`, 0 when absent).
    func stalledOffset() throws(FieldError) -> Int {
        guard let raw = query[String.self, at: "stalledOffset"], !raw.isEmpty else { return 0 }
        guard let offset = Int(raw) else { throw FieldError(field: "stalledOffset", code: .invalidValue, .notAWholeNumber, ["value": raw]) }
        guard offset >= 0 else { throw FieldError(field: "stalledOffset", code: .invalidValue, .valueNegative) }
        return offset
    }

    /// The scopes the viewer may switch an analysis page to (``AnalysisScopeChoices``); a
    /// manager's people are among them.
    func analysisScopeChoices(policy: AccessPolicy, current: AnalysisScope, currentName: String) async throws -> AnalysisScopeChoices {
        let directory = try self.directory
        let people = if case .teams = policy.scope {
            try await directory.people(PeopleQuery(scope: policy.scope, viewerID: policy.viewer.personID, limit: 2_000)).people
        } else {
            [Person]()
        }
        // The choices list markets by the name the reader's language gives them.
        let text = try await localizer
        let markets = try await directory.markets().map { market in
            var named = market
            named.name = text.market(market)
            return named
        }
        return AnalysisScopeChoices(
            policy: policy, viewer: try signedIn.person, teams: try await directory.teams(includeInactive: false),
            markets: markets, people: people, current: current, currentName: currentName)
    }
}
