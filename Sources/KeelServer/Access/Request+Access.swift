import KeelStore
import SalesDomain
import Vapor

extension Request {
    private struct PolicyKey: StorageKey {
        typealias Value = AccessPolicy
    }

    /// The signed-in person's organization, and nothing else.
    var directory: Directory {
        get throws { Directory(database: db, organizationID: try signedIn.person.organizationID) }
    }

    /// The authorization policy for the signed-in person, built once per request.
    func policy() async throws -> AccessPolicy {
        if let policy = storage[PolicyKey.self] { return policy }
        let signedIn = try signedIn
        let cache = application.keel.signedInCache
        let mark = cache?.mark ?? 0
        let remembered = cache?.entry(for: signedIn.credential.hash, now: now)?.policy
        let policy = if let remembered { remembered } else { try await directory.accessPolicy(for: signedIn.person) }
        if remembered == nil {
            cache?.amend(signedIn.credential.hash, readSince: mark) { $0.policy = policy }
        }
        storage[PolicyKey.self] = policy
        return policy
    }

    /// Continues only when the policy allows; otherwise answers 404 or 403 as it decided.
    func enforce(_ decision: AccessDecision, entity: String) throws {
        switch decision {
        case .allowed: return
        case .forbidden: throw APIError.forbidden
        case .notFound: throw APIError.notFound()
        }
    }

    /// A path parameter parsed as a typed id; a malformed id is simply not found.
    func id<Subject>(_ name: String, as _: Identifier<Subject>.Type, entity: String) throws -> Identifier<Subject> {
        guard let raw = parameters.get(name), let id = Identifier<Subject>(uuidString: raw) else {
            throw APIError(.notFound, code: "not_found", .notAnID, ["value": parameters.get(name) ?? ""], field: name)
        }
        return id
    }

    /// Reads a person the signed-in viewer may see, or answers 404.
    func visiblePerson(_ id: Person.ID) async throws -> Person {
        guard let person = try await directory.person(id) else { throw APIError.notFound() }
        try enforce(try await policy().read(person), entity: "person")
        return person
    }

    /// Reads a team the signed-in viewer may see, or answers 404.
    func visibleTeam(_ id: Team.ID) async throws -> Team {
        guard let team = try await directory.team(id) else { throw APIError.notFound() }
        try enforce(try await policy().read(team), entity: "team")
        return team
    }
}
