import KeelStore
import SalesDomain
import Vapor

/// `PUT /api/v1/people/{id}/password`: a person sets their own password with their current one,
/// an administrator sets anyone else's without it (a reset). The web form asks the same.
enum PasswordAPIController {
    static func register(on api: any RoutesBuilder) {
        api.on(.PUT, "people", ":personID", "password", access: .signedIn(.readOwnRecords), use: set)
    }

    struct Body: Content {
        var newPassword: String?
        var currentPassword: String?
    }

    @Sendable
    static func set(_ request: Request) async throws -> HTTPStatus {
        let body = try request.content.decode(Body.self)
        do {
            _ = try await request.setPassword(current: body.currentPassword, new: body.newPassword ?? "", confirmation: nil)
        } catch let throttled as PasswordGuessesThrottled {
            var error = APIError(.tooManyRequests, code: "throttled", throttled.problem.problem, field: throttled.problem.field)
            error.headers.replaceOrAdd(name: .retryAfter, value: String(throttled.seconds))
            throw error
        }
        return .noContent
    }
}

extension Request {
    /// The person in the path and how the viewer may set their password (``AccessRefused`` when not at all).
    func passwordSetting() async throws -> (Person, AccessPolicy.PasswordSetting) {
        let id = try self.id("personID", as: Person.ID.self, entity: "person")
        guard let person = try await directory.person(id), !ErasedIdentity.isErased(email: person.email) else {
            throw AccessRefused(.notFound, entity: "person", field: "personID")
        }
        let setting = try await policy().setPassword(of: person)
        if case .refused(let decision) = setting { throw AccessRefused(decision, entity: "person", field: "personID") }
        return (person, setting)
    }

    /// Sets the password of the person in the path with the sign-in code's policy and hashing,
    /// every problem at once and nothing written when there is one. A reset signs the person out
    /// everywhere; a person's own change keeps the session or token it was made with.
    func setPassword(current: String?, new: String, confirmation: String?) async throws -> (Person, AccessPolicy.PasswordSetting) {
        let (person, setting) = try await passwordSetting()
        var currentMatches: Bool?
        if setting == .ownWithCurrentPassword {
            let keys = SignIn.throttleKeys(email: person.email, request: self)
            // Counted before the check, as a sign-in is: a burst of guesses gets the policy's number evaluated.
            if let retryAfter = try await accounts.admitSignIn(keys, at: now) {
                throw PasswordGuessesThrottled(retryAfter: retryAfter, now: now)
            }
            let stored = try await accounts.credentials(email: person.email)?.passwordHash
            // Verified against a stand-in hash when there is none, so the answer takes as long.
            let matches = try await password.async.verify(current ?? "", created: stored ?? application.timingEqualizerHash)
            currentMatches = matches && stored != nil
            if currentMatches == true {
                try await accounts.clearThrottle(keys[0].key)
                try await accounts.refundSignIn(keys[1].key)
            }
        }
        let problems = PasswordChange.problems(currentMatches: currentMatches, new: new, confirmation: confirmation)
        if !problems.isEmpty { throw FieldErrors(problems) }
        let hash = try await password.async.hash(new)
        let signedIn = try self.signedIn
        var keptSession: String?
        var keptToken: String?
        if setting == .ownWithCurrentPassword {
            switch signedIn.credential {
            case .session(let idHash, _): keptSession = idHash
            case .bearer(let tokenHash): keptToken = tokenHash
            }
        }
        try await accounts.setPasswordHash(hash, for: person.id, actor: signedIn.person.id, keepingSession: keptSession,
                                           keepingToken: keptToken, at: now)
        return (person, setting)
    }
}
