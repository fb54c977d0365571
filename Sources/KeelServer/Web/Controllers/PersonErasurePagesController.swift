import KeelStore
import SalesDomain
import Vapor

/// `/people/{id}/erase`: the confirmation step and the erasure itself, for admins; the same
/// check (the person's e-mail typed back) and store call as the API's.
enum PersonErasurePagesController {
    static func register(on web: any RoutesBuilder) {
        web.on(.GET, "people", ":personID", "erase", access: .signedIn(.erasePersonalData), use: confirm)
        web.on(.POST, "people", ":personID", "erase", access: .signedIn(.erasePersonalData), use: erase)
    }

    struct Form: Decodable {
        var confirmEmail: String?
    }

    /// The person in the path, when the signed-in admin may erase them.
    static func erasable(_ request: Request) async throws -> Person {
        let id = try request.id("personID", as: Person.ID.self, entity: "person")
        guard let person = try await request.directory.person(id) else { throw AccessRefused(.notFound, entity: "person", field: "personID") }
        let decision = try await request.policy().erase(person)
        guard decision == .allowed else { throw AccessRefused(decision, entity: "person", field: "personID") }
        return person
    }

    static func page(_ request: Request, _ model: PersonErasurePage.Model) async throws -> Response {
        Layout.response(PersonErasurePage.render(model, context: try await PageContext.make(for: request)),
                        status: model.errors.isEmpty ? .ok : .unprocessableEntity, for: request)
    }

    @Sendable
    static func confirm(_ request: Request) async throws -> Response {
        let person = try await erasable(request)
        guard !ErasedIdentity.isErased(email: person.email) else { return request.redirect(to: "/people/\(person.id)") }
        return try await page(request, .init(person: person))
    }

    @Sendable
    static func erase(_ request: Request) async throws -> Response {
        let person = try await erasable(request)
        let typed = try request.content.decode(Form.self).confirmEmail ?? ""
        do {
            _ = try await request.erasePerson(confirmedBy: typed)
            return request.redirect(to: "/people/\(person.id)?notice=erased")
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await page(request, .init(person: person, typed: typed, errors: errors))
        }
    }
}
