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

        /// The draft the form describes, and every problem with it, those only the directory can
        /// find included; a field that cannot be read stands in with a neutral value.
        func checked(by directory: Directory, editing id: Person.ID?) async throws -> (PersonDraft, [FieldError]) {
            var problems = FieldErrors.Collector()
            let draft = PersonDraft(
                name: name ?? "", email: email ?? "",
                jobRole: problems.check { () throws(FieldError) in try parseEnum(JobRole.self, jobRole ?? "", field: "jobRole") }
                    ?? .accountExecutive,
                accessRole: problems.check { () throws(FieldError) in try parseEnum(AccessRole.self, accessRole ?? "", field: "accessRole") }
                    ?? .seller,
                teamID: problems.check { () throws(FieldError) in try optionalID(teamID, field: "teamID") } ?? nil,
                marketID: problems.check { () throws(FieldError) in try optionalID(marketID, field: "marketID") } ?? nil,
                leaderMarketIDs: (leaderMarketIDs ?? []).compactMap { raw in
                    problems.check { () throws(FieldError) in try optionalID(raw, field: "leaderMarketIDs") } ?? nil
                }
            )
            if id == nil, let password, !password.isEmpty {
                problems.check { () throws(FieldError) in try PasswordPolicy.validate(password) }
            }
            for error in try await directory.problems(with: draft, excluding: id) where !problems.failed(error.field) {
                problems.append(error)
            }
            // In the order the form shows its fields, so the summary reads top to bottom.
            let order = ["name", "email", "jobRole", "accessRole", "teamID", "marketID", "leaderMarketIDs", "password"]
            return (draft, problems.errors.sorted { (order.firstIndex(of: $0.field) ?? order.count) < (order.firstIndex(of: $1.field) ?? order.count) })
        }
    }

    static func optionalID<Subject>(_ raw: String?, field: String) throws(FieldError) -> Identifier<Subject>? {
        guard let raw, !raw.isEmpty else { return nil }
        guard let id = Identifier<Subject>(uuidString: raw) else {
            throw FieldError(field: field, code: .invalidFormat, .notAnID, ["value": raw])
        }
        return id
    }

    static func personForm(
        _ request: Request, existing: Person?, values: PersonFormPage.Values, errors: [FieldError] = []
    ) async throws -> Response {
        let directory = try request.directory
        let model = PersonFormPage.Model(
            existing: existing, values: values, errors: errors,
            teams: try await directory.teams(), markets: try await directory.markets()
        )
        let context = try await PageContext.make(for: request)
        return Layout.response(PersonFormPage.render(model, context: context), status: errors.isEmpty ? .ok : .unprocessableEntity, for: request)
    }

    @Sendable
    static func newPerson(_ request: Request) async throws -> Response {
        try await personForm(request, existing: nil, values: .init())
    }

    @Sendable
    static func createPerson(_ request: Request) async throws -> Response {
        let form = try request.content.decode(PersonForm.self)
        do {
            let (draft, problems) = try await form.checked(by: try request.directory, editing: nil)
            if !problems.isEmpty { throw FieldErrors(problems) }
            var hash: String?
            if let password = form.password, !password.isEmpty {
                hash = try await request.password.async.hash(password)
            }
            let person = try await request.directory.addPerson(draft, passwordHash: hash, actor: try request.signedIn.person.id, at: request.now)
            return request.redirect(to: "/people/\(person.id)")
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await personForm(request, existing: nil, values: form.values, errors: errors)
        }
    }

    static func changeablePerson(_ request: Request) async throws -> Person {
        let id = try request.id("personID", as: Person.ID.self, entity: "person")
        guard let person = try await request.directory.person(id) else { throw APIError.notFound() }
        try request.enforce(try await request.policy().change(person), entity: "person")
        return person
    }

    @Sendable
    static func editPerson(_ request: Request) async throws -> Response {
        let person = try await changeablePerson(request)
        return try await personForm(request, existing: person, values: .init(person))
    }

    @Sendable
    static func updatePerson(_ request: Request) async throws -> Response {
        let person = try await changeablePerson(request)
        let form = try request.content.decode(PersonForm.self)
        do {
            let (draft, problems) = try await form.checked(by: try request.directory, editing: person.id)
            if !problems.isEmpty { throw FieldErrors(problems) }
            _ = try await request.directory.updatePerson(person.id, with: draft, actor: try request.signedIn.person.id, at: request.now)
            return request.redirect(to: "/people/\(person.id)")
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await personForm(request, existing: person, values: form.values, errors: errors)
        }
    }

    @Sendable
    static func deactivatePerson(_ request: Request) async throws -> Response {
        let person = try await changeablePerson(request)
        if person.id == (try request.signedIn.person.id) {
            throw FieldError(field: "id", code: .conflict, .cannotDeactivateYourself)
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

        /// The draft the form describes, or every problem with it, those only the directory can find included.
        func checked(by directory: Directory, for id: Team.ID) async throws -> TeamDraft {
            var problems = FieldErrors.Collector()
            let draft = TeamDraft(
                name: name ?? "",
                parentID: problems.check { () throws(FieldError) in try optionalID(parentID, field: "parentID") } ?? nil,
                marketID: problems.check { () throws(FieldError) in try optionalID(marketID, field: "marketID") } ?? nil
            )
            for error in try await directory.problems(with: draft, for: id) where !problems.failed(error.field) {
                problems.append(error)
            }
            try problems.throwIfAny()
            return draft
        }
    }

    static func teamForm(
        _ request: Request, existing: Team?, values: TeamFormPage.Values, errors: [FieldError] = []
    ) async throws -> Response {
        let directory = try request.directory
        let model = TeamFormPage.Model(
            existing: existing, values: values, errors: errors,
            teams: try await directory.teams(), markets: try await directory.markets()
        )
        let context = try await PageContext.make(for: request)
        return Layout.response(TeamFormPage.render(model, context: context), status: errors.isEmpty ? .ok : .unprocessableEntity, for: request)
    }

    static func changeableTeam(_ request: Request) async throws -> Team {
        let id = try request.id("teamID", as: Team.ID.self, entity: "team")
        guard let team = try await request.directory.team(id) else { throw APIError.notFound() }
        try request.enforce(try await request.policy().change(team), entity: "team")
        return team
    }

    @Sendable
    static func newTeam(_ request: Request) async throws -> Response {
        try await teamForm(request, existing: nil, values: .init())
    }

    @Sendable
    static func createTeam(_ request: Request) async throws -> Response {
        let form = try request.content.decode(TeamForm.self)
        do {
            let draft = try await form.checked(by: try request.directory, for: Team.ID(UUID()))
            let team = try await request.directory.addTeam(draft, actor: try request.signedIn.person.id, at: request.now)
            return request.redirect(to: "/teams/\(team.id)")
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await teamForm(request, existing: nil, values: form.values, errors: errors)
        }
    }

    @Sendable
    static func editTeam(_ request: Request) async throws -> Response {
        let team = try await changeableTeam(request)
        return try await teamForm(request, existing: team, values: .init(team))
    }

    @Sendable
    static func updateTeam(_ request: Request) async throws -> Response {
        let team = try await changeableTeam(request)
        let form = try request.content.decode(TeamForm.self)
        do {
            let draft = try await form.checked(by: try request.directory, for: team.id)
            _ = try await request.directory.updateTeam(team.id, with: draft, actor: try request.signedIn.person.id, at: request.now)
            return request.redirect(to: "/teams/\(team.id)")
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await teamForm(request, existing: team, values: form.values, errors: errors)
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
