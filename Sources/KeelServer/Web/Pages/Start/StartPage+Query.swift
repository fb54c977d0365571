import KeelStore
import SalesDomain
import Vapor

extension StartPage.Model {
    /// The screen's one query (`DiagnosisStore.whereToAct`) for the viewer's natural scope or
    /// the one asked, and the scopes they may switch to.
    static func query(_ request: Request) async throws -> Self {
        let query = try await request.diagnosisQuery(defaultLimit: ListPage.pageSize, maximumLimit: 200)
        let policy = try await request.policy()
        let report = try await request.diagnosis.whereToAct(query, for: policy)
        let text = try await request.localizer
        let overview = report.diagnosis
        let scopeName = DiagnosisPage.Model.scopeName(overview, text: text)
        let choices = try await request.analysisScopeChoices(policy: policy, current: overview.scope, currentName: scopeName)
        return Self(report: report, choices: choices, scopeName: scopeName)
    }
}
