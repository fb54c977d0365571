import KeelStore
import SalesDomain
import Vapor

/// The organization, team and person pages.
enum DirectoryPagesController {
    static func register(on web: any RoutesBuilder) {
        web.on(.GET, "organization", access: .signedIn(.readOrganization), use: organization)
        web.on(.GET, "teams", ":teamID", access: .signedIn(.readOthers), use: team)
        web.on(.GET, "people", ":personID", access: .signedIn(.readOwnRecords), use: person)
    }

    struct OrganizationParameters: Decodable {
        var q: String?
    }

    @Sendable
    static func organization(_ request: Request) async throws -> Response {
        let query = SalesDomain.OrganizationQuery(search: try request.query.decode(OrganizationParameters.self).q)
        let model = OrganizationPage.Model(report: try await request.directory.organizationReport(query, for: try await request.policy()))
        let context = try await PageContext.make(for: request)
        return Layout.response(OrganizationPage.render(model, context: context), for: request)
    }

    @Sendable
    static func team(_ request: Request) async throws -> Response {
        try await teamPage(request, id: try request.id("teamID", as: Team.ID.self, entity: "team"))
    }

    /// The team page; after a refused verdict, its problem at the postponement's row and in the summary.
    static func teamPage(_ request: Request, id: Team.ID, refusedReview: TeamPage.RefusedReview? = nil) async throws -> Response {
        let filter = try PostponementReviewFilter(request)
        let window = try ListWindow(request, defaultLimit: ListPage.pageSize, maximumLimit: ListPage.pageSize)
        let report = try await request.directory.teamReport(
            id,
            postponements: .teamPage(
                id, person: filter.person, reason: filter.reason, status: filter.status, plannedIn: try await request.plannedWeeksParameter(),
                offset: window.offset, keeping: try refusedReview?.postponementID ?? ActivitiesAPIController.uuid(request, "reviewed").map(Postponement.ID.init),
                asOf: request.now),
            for: try await request.policy(), at: request.now)
        var model = TeamPage.Model(report: report, language: request.language)
        model.refusedReview = refusedReview
        let context = try await PageContext.make(for: request)
        return Layout.response(TeamPage.render(model, context: context), status: refusedReview == nil ? .ok : .unprocessableEntity, for: request)
    }

    @Sendable
    static func person(_ request: Request) async throws -> Response {
        let report = try await request.directory.personReport(
            try request.id("personID", as: Person.ID.self, entity: "person"), for: try await request.policy())
        var model = PersonPage.Model(report: report)
        let notice = try? request.query.get(String.self, at: "notice")
        model.erasedNotice = notice == "erased" && ErasedIdentity.isErased(email: report.person.email)
        model.passwordNotice = notice == "password"
        let context = try await PageContext.make(for: request)
        return Layout.response(PersonPage.render(model, context: context), for: request)
    }
}
