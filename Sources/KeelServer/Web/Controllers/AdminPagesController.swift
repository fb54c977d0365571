import KeelStore
import SalesDomain
import Vapor

/// Administrators' forms: add, edit, move and deactivate people and teams. A rejected form
/// comes back filled in, with the failing field marked, and nothing stored.
enum AdminPagesController {
    static func register(on web: any RoutesBuilder) {
        web.on(.GET, "people", "new", access: .signedIn(.administerDirectory), use: newPerson)
        web.on(.POST, "people", access: .signedIn(.administerDirectory), use: createPerson)
        web.on(.GET, "people", ":personID", "edit", access: .signedIn(.administerDirectory), use: editPerson)
        web.on(.POST, "people", ":personID", "edit", access: .signedIn(.administerDirectory), use: updatePerson)
        web.on(.POST, "people", ":personID", "deactivate", access: .signedIn(.administerDirectory), use: deactivatePerson)
        web.on(.POST, "people", ":personID", "reactivate", access: .signedIn(.administerDirectory), use: reactivatePerson)
        web.on(.GET, "teams", "new", access: .signedIn(.administerDirectory), use: newTeam)
        web.on(.POST, "teams", access: .signedIn(.administerDirectory), use: createTeam)
        web.on(.GET, "teams", ":teamID", "edit", access: .signedIn(.administerDirectory), use: editTeam)
        web.on(.POST, "teams", ":teamID", "edit", access: .signedIn(.administerDirectory), use: updateTeam)
        web.on(.POST, "teams", ":teamID", "deactivate", access: .signedIn(.administerDirectory), use: deactivateTeam)
        web.on(.POST, "teams", ":teamID", "reactivate", access: .signedIn(.administerDirectory), use: reactivateTeam)
    }

    // MARK: People

    struct PersonForm: Decodable {
        var name: String?
        var email: String?
        var jobRole: String?
        var accessRole: String?
        var teamID: String?
        var marketID: String?
        var leaderMarketIDs: [String]?
        var password: String?

        var values: PersonFormPage.Values {
            var values = PersonFormPage.Values()
            values.name = name ?? ""
            values.email = email ?? ""
            values.jobRole = jobRole ?? ""
            values.accessRole = accessRole ?? ""
            values.teamID = teamID ?? ""
            values.marketID = marketID ?? ""
            values.leaderMarketIDs = Set(leaderMarketIDs ?? [])
            return values
        }

        func draft() throws -> PersonDraft {
            PersonDraft(
                name: name ?? "", email: email ?? "",
                jobRole: try parseEnum(JobRole.self, jobRole ?? "", field: "jobRole"),
                accessRole: try parseEnum(AccessRole.self, accessRole ?? "", field: "accessRole"),
                teamID: try optionalID(teamID, field: "teamID"),
                marketID: try optionalID(marketID, field: "marketID"),
                leaderMarketIDs: try (leaderMarketIDs ?? []).compactMap { try optionalID($0, field: "leaderMarketIDs") }
            )
        }
    }

    static func optionalID<Subject>(_ raw: String?, field: String) throws -> Identifier<Subject>? {
        guard let raw, !raw.isEmpty else { return nil }
        guard let id = Identifier<Subject>(uuidString: raw) else {
            throw FieldError(field: field, code: .invalidFormat, message: "'\(raw)' is not an id")
        }
        return id
    }

    static func personForm(
        _ request: Request, existing: Person?, values: PersonFormPage.Values, error: FieldError?
    ) async throws -> Response {
        let directory = try request.directory
        let model = PersonFormPage.Model(
            existing: existing, values: values, error: error,
            teams: try await directory.teams(), markets: try await directory.markets()
        )
        let context = try await PageContext.make(for: request)
        return Layout.response(PersonFormPage.render(model, context: context), status: error == nil ? .ok : .unprocessableEntity, for: request)
    }

    @Sendable
    static func newPerson(_ request: Request) async throws -> Response {
        try await personForm(request, existing: nil, values: .init(), error: nil)
    }

    @Sendable
    static func createPerson(_ request: Request) async throws -> Response {
        let form = try request.content.decode(PersonForm.self)
        do {
            let draft = try form.draft()
            var hash: String?
            if let password = form.password, !password.isEmpty {
                try PasswordPolicy.validate(password)
                hash = try await request.password.async.hash(password)
            }
            let person = try await request.directory.addPerson(draft, passwordHash: hash, actor: try request.signedIn.person.id, at: request.now)
            return request.redirect(to: "/people/\(person.id)")
        } catch let error as FieldError {
            return try await personForm(request, existing: nil, values: form.values, error: error)
        }
    }

    static func changeablePerson(_ request: Request) async throws -> Person {
        let id = try request.id("personID", as: Person.ID.self, entity: "person")
        guard let person = try await request.directory.person(id) else { throw APIError.notFound("person") }
        try request.enforce(try await request.policy().change(person), entity: "person")
        return person
    }

    @Sendable
    static func editPerson(_ request: Request) async throws -> Response {
        let person = try await changeablePerson(request)
        return try await personForm(request, existing: person, values: .init(person), error: nil)
    }

    @Sendable
    static func updatePerson(_ request: Request) async throws -> Response {
        let person = try await changeablePerson(request)
        let form = try request.content.decode(PersonForm.self)
        do {
            _ = try await request.directory.updatePerson(person.id, with: try form.draft(), actor: try request.signedIn.person.id, at: request.now)
            return request.redirect(to: "/people/\(person.id)")
        } catch let error as FieldError {
            return try await personForm(request, existing: person, values: form.values, error: error)
        }
    }

    @Sendable
    static func deactivatePerson(_ request: Request) async throws -> Response {
        let person = try await changeablePerson(request)
        if person.id == (try request.signedIn.person.id) {
            throw FieldError(field: "id", code: .conflict, message: "you can't deactivate yourself")
        }
        _ = try await request.directory.setActive(person: person.id, false, actor: try request.signedIn.person.id, at: request.now)
        return request.redirect(to: "/people/\(person.id)")
    }

    @Sendable
    static func reactivatePerson(_ request: Request) async throws -> Response {
        let person = try await changeablePerson(request)
        _ = try await request.directory.setActive(person: person.id, true, actor: try request.signedIn.person.id, at: request.now)
        return request.redirect(to: "/people/\(person.id)")
    }

    // MARK: Teams

    struct TeamForm: Decodable {
        var name: String?
        var parentID: String?
        var marketID: String?

        var values: TeamFormPage.Values {
            var values = TeamFormPage.Values()
            values.name = name ?? ""
            values.parentID = parentID ?? ""
            values.marketID = marketID ?? ""
            return values
        }

        func draft() throws -> TeamDraft {
            TeamDraft(name: name ?? "", parentID: try optionalID(parentID, field: "parentID"),
                      marketID: try optionalID(marketID, field: "marketID"))
        }
    }

    static func teamForm(_ request: Request, existing: Team?, values: TeamFormPage.Values, error: FieldError?) async throws -> Response {
        let directory = try request.directory
        let model = TeamFormPage.Model(
            existing: existing, values: values, error: error,
            teams: try await directory.teams(), markets: try await directory.markets()
        )
        let context = try await PageContext.make(for: request)
        return Layout.response(TeamFormPage.render(model, context: context), status: error == nil ? .ok : .unprocessableEntity, for: request)
    }

    static func changeableTeam(_ request: Request) async throws -> Team {
        let id = try request.id("teamID", as: Team.ID.self, entity: "team")
        guard let team = try await request.directory.team(id) else { throw APIError.notFound("team") }
        try request.enforce(try await request.policy().change(team), entity: "team")
        return team
    }

    @Sendable
    static func newTeam(_ request: Request) async throws -> Response {
        try await teamForm(request, existing: nil, values: .init(), error: nil)
    }

    @Sendable
    static func createTeam(_ request: Request) async throws -> Response {
        let form = try request.content.decode(TeamForm.self)
        do {
            let team = try await request.directory.addTeam(try form.draft(), actor: try request.signedIn.person.id, at: request.now)
            return request.redirect(to: "/teams/\(team.id)")
        } catch let error as FieldError {
            return try await teamForm(request, existing: nil, values: form.values, error: error)
        }
    }

    @Sendable
    static func editTeam(_ request: Request) async throws -> Response {
        let team = try await changeableTeam(request)
        return try await teamForm(request, existing: team, values: .init(team), error: nil)
    }

    @Sendable
    static func updateTeam(_ request: Request) async throws -> Response {
        let team = try await changeableTeam(request)
        let form = try request.content.decode(TeamForm.self)
        do {
            _ = try await request.directory.updateTeam(team.id, with: try form.draft(), actor: try request.signedIn.person.id, at: request.now)
            return request.redirect(to: "/teams/\(team.id)")
        } catch let error as FieldError {
            return try await teamForm(request, existing: team, values: form.values, error: error)
        }
    }

    @Sendable
    static func deactivateTeam(_ request: Request) async throws -> Response {
        let team = try await changeableTeam(request)
        _ = try await request.directory.setActive(team: team.id, false, actor: try request.signedIn.person.id, at: request.now)
        return request.redirect(to: "/teams/\(team.id)")
    }

    @Sendable
    static func reactivateTeam(_ request: Request) async throws -> Response {
        let team = try await changeableTeam(request)
        _ = try await request.directory.setActive(team: team.id, true, actor: try request.signedIn.person.id, at: request.now)
        return request.redirect(to: "/teams/\(team.id)")
    }
}
