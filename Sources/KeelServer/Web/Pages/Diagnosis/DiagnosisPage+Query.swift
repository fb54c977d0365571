import KeelStore
import SalesDomain
import Vapor

extension DiagnosisPage.Model {
    /// The screen's one query (`DiagnosisStore.overview`), answered for the viewer's policy,
    /// and the scopes the viewer may switch to.
    static func query(_ request: Request) async throws -> Self {
        let query = try await request.diagnosisQuery(defaultLimit: ListPage.pageSize, maximumLimit: 200)
        let policy = try await request.policy()
        let overview = try await request.diagnosis.overview(query, for: policy)
        let text = try await request.localizer
        let scopeName = Self.scopeName(overview, text: text)
        let choices = try await request.analysisScopeChoices(policy: policy, current: overview.scope, currentName: scopeName)
        return Self(overview: overview, choices: choices, scopeName: scopeName)
    }
}

extension DiagnosisPage.Model {
    /// The scope as a title names it: a market as such, the organization in the reader's words.
    static func scopeName(_ overview: DiagnosisOverview, text: Localizer) -> String {
        scopeName(overview.scope, name: overview.scopeName, text: text)
    }

    static func scopeName(_ scope: AnalysisScope, name: String, text: Localizer) -> String {
        switch scope {
        case .market: text(.scopeMarket, ["name": text.market(named: name)])
        case .organization: text(.scopeOrganization)
        case .person, .team: name
        }
    }
}
