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

    struct OrganizationQuery: Decodable {
        var q: String?
    }

    @Sendable
    static func organization(_ request: Request) async throws -> Response {
        let search = try request.query.decode(OrganizationQuery.self).q?.trimmingCharacters(in: .whitespaces)
        let model = try await OrganizationPage.Model.query(request, search: search?.isEmpty == false ? search : nil)
        let context = try await PageContext.make(for: request)
        return Layout.response(OrganizationPage.render(model, context: context), for: request)
    }

    @Sendable
    static func team(_ request: Request) async throws -> Response {
        let team = try await request.visibleTeam(request.id("teamID", as: Team.ID.self, entity: "team"))
        let model = try await TeamPage.Model.query(request, team: team)
        let context = try await PageContext.make(for: request)
        return Layout.response(TeamPage.render(model, context: context), for: request)
    }

    @Sendable
    static func person(_ request: Request) async throws -> Response {
        let person = try await request.visiblePerson(request.id("personID", as: Person.ID.self, entity: "person"))
        let model = try await PersonPage.Model.query(request, person: person)
        let context = try await PageContext.make(for: request)
        return Layout.response(PersonPage.render(model, context: context), for: request)
    }
}
