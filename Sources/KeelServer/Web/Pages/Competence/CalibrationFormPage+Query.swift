import KeelStore
import SalesDomain
import Vapor

extension CalibrationFormPage.Model {
    /// The frameworks an exercise can run on (their latest published versions), the chosen one,
    /// the people who may rate in it, and the people who may be calibrated, by team.
    static func query(_ request: Request, framework chosen: FrameworkVersionReference?) async throws -> Self {
        let latestPublished = Dictionary(
            grouping: try await request.competence.frameworkVersions().filter { $0.status == .published }, by: \.id
        ).compactMap { $0.value.max { $0.version < $1.version } }
            .sorted { ($0.publishedAt ?? .distantPast, $0.key) > ($1.publishedAt ?? .distantPast, $1.key) }
        let viewer = try request.signedIn.person
        var raters: [Person] = []
        for role in RaterEligibility.managingRoles.sorted() {
            raters += try await request.directory.people(PeopleQuery(scope: .organization, viewerID: viewer.id, accessRole: role, limit: 10_000)).people
        }
        // Any active person of the organization may be calibrated: the store refuses no one else.
        let people = try await request.directory.people(PeopleQuery(scope: .organization, viewerID: viewer.id, limit: 10_000)).people
            .filter(\.isActive).sorted { ($0.name, $0.email) < ($1.name, $1.email) }
        let teams = Dictionary(uniqueKeysWithValues: try await request.directory.teams().map { ($0.id, $0) })
        let byTeam = Dictionary(grouping: people) { $0.teamID.flatMap { teams[$0] } }
        return Self(
            frameworks: latestPublished,
            framework: latestPublished.first { $0.reference == chosen } ?? (chosen == nil ? latestPublished.first : nil),
            raters: raters.filter(\.isActive).sorted { ($0.name, $0.email) < ($1.name, $1.email) },
            candidates: byTeam.map { (team: $0.key, people: $0.value) }
                .sorted { ($0.team == nil ? 1 : 0, $0.team?.name ?? "") < ($1.team == nil ? 1 : 0, $1.team?.name ?? "") })
    }
}
