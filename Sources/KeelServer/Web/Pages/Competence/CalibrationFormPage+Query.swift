import KeelStore
import SalesDomain
import Vapor

extension CalibrationFormPage.Model {
    /// The frameworks an exercise can run on (their latest published versions), the chosen one,
    /// and the people who may rate in it.
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
        return Self(
            frameworks: latestPublished,
            framework: latestPublished.first { $0.reference == chosen } ?? (chosen == nil ? latestPublished.first : nil),
            raters: raters.filter(\.isActive).sorted { ($0.name, $0.email) < ($1.name, $1.email) })
    }
}
