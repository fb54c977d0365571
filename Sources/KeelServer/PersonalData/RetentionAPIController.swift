import KeelStore
import SalesDomain
import Vapor

/// `/api/v1/organization/retention`: how long personal data is kept, read and set by admins,
/// and applied at once (the server also applies it on its schedule).
enum RetentionAPIController {
    static func register(on api: any RoutesBuilder) {
        api.on(.GET, "organization", "retention", access: .signedIn(.erasePersonalData), use: show)
        api.on(.PUT, "organization", "retention", access: .signedIn(.erasePersonalData), use: set)
        api.on(.POST, "organization", "retention", "apply", access: .signedIn(.erasePersonalData), use: apply)
    }

    @Sendable
    static func show(_ request: Request) async throws -> RetentionPolicyResource {
        RetentionPolicyResource(try await request.organizationSettings.retentionPolicy())
    }

    @Sendable
    static func set(_ request: Request) async throws -> RetentionPolicyResource {
        let body = try request.content.decode(RetentionPolicyResource.self)
        let settings = try request.organizationSettings
        try await settings.setRetentionPolicy(body.policy, by: try request.signedIn.person.id, at: request.now)
        return RetentionPolicyResource(try await settings.retentionPolicy())
    }

    @Sendable
    static func apply(_ request: Request) async throws -> RetentionOutcomeResource {
        let person = try request.signedIn.person
        let outcome = try await RetentionSweep(database: request.db, organizationID: person.organizationID).apply(at: request.now, actor: person.id)
        return RetentionOutcomeResource(erasedPeople: outcome.erasedPeople.map(\.rawValue), texts: outcome.texts)
    }
}

struct RetentionPolicyResource: Content {
    var textYears: Int?
    var leaverYears: Int?

    init(_ policy: RetentionPolicy) {
        textYears = policy.textYears
        leaverYears = policy.leaverYears
    }

    var policy: RetentionPolicy { RetentionPolicy(textYears: textYears, leaverYears: leaverYears) }
}

struct RetentionOutcomeResource: Content {
    var erasedPeople: [UUID]
    var texts: [String: Int]
}
