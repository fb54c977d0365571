import KeelStore
import SalesDomain
import Vapor

/// Teams: list and read within scope; administrators add, edit, move and deactivate.
enum TeamsAPIController {
    static func register(on api: any RoutesBuilder) {
        api.on(.GET, "teams", access: .signedIn(.readOthers), use: list)
        api.on(.POST, "teams", access: .signedIn(.administerDirectory), use: create)
        api.on(.GET, "teams", ":teamID", access: .signedIn(.readOthers), use: show)
        api.on(.PATCH, "teams", ":teamID", access: .signedIn(.administerDirectory), use: update)
        api.on(.DELETE, "teams", ":teamID", access: .signedIn(.administerDirectory), use: deactivate)
    }

    struct ListParameters: Decodable {
        var includeInactive: Bool?
    }

    @Sendable
    static func list(_ request: Request) async throws -> ListResource<TeamResource> {
        let parameters = try request.query.decode(ListParameters.self)
        let directory = try request.directory
        let headcount = try await directory.activeHeadcountByTeam()
        let teams = try await directory.teams(includeInactive: parameters.includeInactive ?? false, for: try await request.policy())
        return ListResource(items: teams.map { TeamResource($0, headcount: headcount[$0.id] ?? 0) }, total: teams.count)
    }

    @Sendable
    static func create(_ request: Request) async throws -> Response {
        let body = try request.content.decode(TeamCreateRequest.self)
        let team = try await request.directory.addTeam(body.draft, actor: try request.signedIn.person.id, at: request.now)
        let response = Response(status: .created)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/teams/\(team.id)")
        try response.content.encode(TeamResource(team, headcount: 0), as: .json)
        return response
    }

    @Sendable
    static func show(_ request: Request) async throws -> TeamResource {
        let team = try await request.visibleTeam(request.id("teamID", as: Team.ID.self, entity: "team"))
        return TeamResource(team, headcount: try await request.directory.activeHeadcount(ofTeam: team.id))
    }

    @Sendable
    static func update(_ request: Request) async throws -> TeamResource {
        let id = try request.id("teamID", as: Team.ID.self, entity: "team")
        guard let team = try await request.directory.team(id) else { throw APIError.notFound() }
        try request.enforce(try await request.policy().change(team), entity: "team")
        let patch = try request.content.decode(TeamPatchRequest.self)
        let actor = try request.signedIn.person.id
        let now = request.now
        let updated = try await request.db.writeTransaction { database in
            let directory = Directory(database: database, organizationID: team.organizationID)
            var updated = patch.changesFields ? try await directory.updateTeam(id, with: patch.applied(to: team), actor: actor, at: now) : team
            if let active = patch.active {
                updated = try await directory.setActive(team: id, active, actor: actor, at: now)
            }
            return updated
        }
        return TeamResource(updated, headcount: try await request.directory.activeHeadcount(ofTeam: id))
    }

    @Sendable
    static func deactivate(_ request: Request) async throws -> TeamResource {
        let id = try request.id("teamID", as: Team.ID.self, entity: "team")
        guard let team = try await request.directory.team(id) else { throw APIError.notFound() }
        try request.enforce(try await request.policy().change(team), entity: "team")
        return TeamResource(try await request.directory.setActive(team: id, false, actor: try request.signedIn.person.id, at: request.now), headcount: 0)
    }
}
