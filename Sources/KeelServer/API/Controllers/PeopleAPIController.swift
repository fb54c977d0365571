import KeelStore
import SalesDomain
import Vapor

/// People: list within scope, read, and — for administrators — add, edit, move, deactivate.
enum PeopleAPIController {
    static func register(on api: any RoutesBuilder) {
        api.on(.GET, "people", access: .signedIn(.readOwnRecords), use: list)
        api.on(.POST, "people", access: .signedIn(.administerDirectory), use: create)
        api.on(.GET, "people", ":personID", access: .signedIn(.readOwnRecords), use: show)
        api.on(.PATCH, "people", ":personID", access: .signedIn(.administerDirectory), use: update)
        api.on(.DELETE, "people", ":personID", access: .signedIn(.administerDirectory), use: deactivate)
        api.on(.GET, "people", ":personID", "team-history", access: .signedIn(.readOwnRecords), use: teamHistory)
    }

    struct ListParameters: Decodable {
        var teamID: UUID?
        var includeSubteams: Bool?
        var marketID: UUID?
        var accessRole: String?
        var includeInactive: Bool?
        var q: String?
        var limit: Int?
        var offset: Int?
    }

    /// `GET /api/v1/people`'s parameters as the store's ``PeopleQuery`` in the viewer's scope. No
    /// web page lists people this way: the organization search and the team page ask their own
    /// reports (``Directory/organizationReport(_:for:)``, ``Directory/teamReport(_:postponements:for:at:)``).
    static func query(_ request: Request, _ parameters: ListParameters) async throws -> PeopleQuery {
        let policy = try await request.policy()
        var teamIDs: Set<Team.ID>?
        if let raw = parameters.teamID {
            let team = try await request.visibleTeam(Team.ID(raw))
            teamIDs = parameters.includeSubteams == true ? try await request.directory.hierarchy().subtree(of: team.id) : [team.id]
        }
        let window = try ListWindow(limit: parameters.limit, offset: parameters.offset)
        return PeopleQuery(
            scope: policy.scope, viewerID: policy.viewer.personID, teamIDs: teamIDs,
            marketID: parameters.marketID.map(Market.ID.init),
            accessRole: try parameters.accessRole.map { try parseEnum(AccessRole.self, $0, field: "accessRole") },
            includeInactive: parameters.includeInactive ?? false, search: parameters.q, limit: window.limit, offset: window.offset
        )
    }

    @Sendable
    static func list(_ request: Request) async throws -> ListResource<PersonResource> {
        let parameters = try request.query.decode(ListParameters.self)
        let query = try await query(request, parameters)
        let page = try await request.directory.people(query)
        return ListResource(items: page.people.map(PersonResource.init), total: page.total, limit: query.limit, offset: query.offset)
    }

    @Sendable
    static func create(_ request: Request) async throws -> Response {
        let body = try request.content.decode(PersonCreateRequest.self)
        let draft = try body.draft()
        var passwordHash: String?
        if let password = body.password {
            try PasswordPolicy.validate(password)
            passwordHash = try await request.password.async.hash(password)
        }
        let person = try await request.directory.addPerson(
            draft, passwordHash: passwordHash, actor: try request.signedIn.person.id, at: request.now
        )
        let response = Response(status: .created)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/people/\(person.id)")
        try response.content.encode(PersonResource(person), as: .json)
        return response
    }

    @Sendable
    static func show(_ request: Request) async throws -> PersonResource {
        PersonResource(try await request.visiblePerson(request.id("personID", as: Person.ID.self, entity: "person")))
    }

    @Sendable
    static func update(_ request: Request) async throws -> PersonResource {
        let id = try request.id("personID", as: Person.ID.self, entity: "person")
        guard let person = try await request.directory.person(id) else { throw APIError.notFound() }
        try request.enforce(try await request.policy().change(person), entity: "person")
        let patch = try request.content.decode(PersonPatchRequest.self)
        var newTeam: Team?
        if case .some(.some(let teamID)) = patch.teamID { newTeam = try await request.directory.team(Team.ID(teamID)) }
        let draft = try patch.applied(to: person, newTeam: newTeam)
        let actor = try request.signedIn.person.id
        let organization = person.organizationID
        let now = request.now
        return PersonResource(try await request.db.writeTransaction { database in
            let directory = Directory(database: database, organizationID: organization)
            var updated = patch.changesFields ? try await directory.updatePerson(id, with: draft, actor: actor, at: now) : person
            if let active = patch.active {
                updated = try await directory.setActive(person: id, active, actor: actor, at: now)
            }
            return updated
        })
    }

    @Sendable
    static func deactivate(_ request: Request) async throws -> PersonResource {
        let id = try request.id("personID", as: Person.ID.self, entity: "person")
        guard let person = try await request.directory.person(id) else { throw APIError.notFound() }
        try request.enforce(try await request.policy().change(person), entity: "person")
        if person.id == (try request.signedIn.person.id) {
            throw FieldError(field: "id", code: .conflict, .cannotDeactivateYourself)
        }
        return PersonResource(try await request.directory.setActive(
            person: id, false, actor: try request.signedIn.person.id, at: request.now
        ))
    }

    @Sendable
    static func teamHistory(_ request: Request) async throws -> ListResource<TeamMembershipResource> {
        let person = try await request.visiblePerson(request.id("personID", as: Person.ID.self, entity: "person"))
        let directory = try request.directory
        let names = Dictionary(uniqueKeysWithValues: try await directory.teams().map { ($0.id, $0.name) })
        let items = try await directory.teamHistory(of: person.id).map {
            TeamMembershipResource(teamID: $0.teamID.rawValue, teamName: names[$0.teamID] ?? "", from: $0.from, until: $0.until)
        }
        return ListResource(items: items, total: items.count)
    }
}
