import KeelStore
import SalesDomain
import Vapor

extension CoachingPage.Model {
    /// The screen's one query (`CoachingStore.overview`, as `GET /api/v1/coaching` reads it),
    /// answered for the viewer's policy, and the scopes the viewer may switch to.
    static func query(_ request: Request) async throws -> Self {
        let policy = try await request.policy()
        let overview = try await request.coaching.overview(
            try await request.coachingQuery(defaultLimit: ListPage.pageSize, maximumLimit: 200), for: policy)
        let scopeName = DiagnosisPage.Model.scopeName(overview.scope, name: overview.scopeName, text: try await request.localizer)
        let choices = try await request.analysisScopeChoices(policy: policy, current: overview.scope, currentName: scopeName)
        return Self(
            overview: overview, choices: choices, scopeName: scopeName,
            calendarLinkLive: try await CalendarFeeds(database: request.db).hasLiveLink(try request.signedIn.person),
            calendarRevoked: (try? request.query.get(String.self, at: "calendar")) == "revoked")
    }
}
