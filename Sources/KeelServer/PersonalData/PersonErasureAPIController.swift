import KeelStore
import SalesDomain
import Vapor

/// `POST /api/v1/people/{personID}/erasure`: erases a person (GDPR article 17), for admins, once
/// the body repeats the person's e-mail — an erasure cannot be undone.
enum PersonErasureAPIController {
    static func register(on api: any RoutesBuilder) {
        api.on(.POST, "people", ":personID", "erasure", access: .signedIn(.erasePersonalData), use: erase)
    }

    struct Confirmation: Content {
        var confirmEmail: String
    }

    @Sendable
    static func erase(_ request: Request) async throws -> PersonErasureResource {
        let body = try request.content.decode(Confirmation.self)
        return PersonErasureResource(try await request.erasePerson(confirmedBy: body.confirmEmail))
    }
}

struct PersonErasureResource: Content {
    var personID: UUID
    var pseudonym: String
    var rows: [String: Int]

    init(_ outcome: PersonErasure.Outcome) {
        personID = outcome.personID.rawValue
        pseudonym = outcome.pseudonym
        rows = outcome.rows
    }
}

extension Request {
    /// Erases the person in the path when `confirmation` is their e-mail; the web form and the
    /// API both ask for it, so a wrong id never erases someone else.
    func erasePerson(confirmedBy confirmation: String) async throws -> PersonErasure.Outcome {
        let id = try self.id("personID", as: Person.ID.self, entity: "person")
        let organization = try signedIn.person.organizationID
        let policy = try await policy()
        let person = try await Directory(database: db, organizationID: organization).person(id)
        if let person, policy.erase(person) == .allowed, !ErasedIdentity.isErased(email: person.email),
           confirmation.trimmingCharacters(in: .whitespaces).lowercased() != person.email {
            throw FieldError(field: "confirmEmail", code: .invalidValue, .erasureNotConfirmed, ["email": person.email])
        }
        return try await PersonErasure(database: db, organizationID: organization).erase(id, for: policy, at: now)
    }
}
