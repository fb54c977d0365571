import Foundation
import KeelStore
import SalesDomain
import Vapor

/// The weekly digest through the API: each person's own choice and preview (`/me/digest`), and
/// the outbox for admins (`/outbox`).
enum DigestAPIController {
    static func register(on api: any RoutesBuilder) {
        api.on(.GET, "me", "digest", access: .signedIn(.readOwnRecords), use: setting)
        api.on(.PUT, "me", "digest", access: .signedIn(.readOwnRecords), use: update)
        api.on(.GET, "me", "digest", "preview", access: .signedIn(.readOwnRecords), use: preview)
        api.on(.GET, "outbox", access: .signedIn(.administerDirectory), use: outbox)
    }

    @Sendable
    static func setting(_ request: Request) async throws -> DigestSettingResource {
        let person = try request.signedIn.person
        return DigestSettingResource(try await request.digests.preference(of: person.id), person: person, configured: request.mailConfigured)
    }

    @Sendable
    static func update(_ request: Request) async throws -> DigestSettingResource {
        let body = try request.content.decode(DigestSettingRequest.self)
        let person = try request.signedIn.person
        let preference = try await request.digests.setEnabled(body.enabled, for: person.id, at: request.now)
        return DigestSettingResource(preference, person: person, configured: request.mailConfigured)
    }

    @Sendable
    static func preview(_ request: Request) async throws -> DigestPreviewResource {
        let screen = try await request.digests.screen(of: try request.signedIn.person, asOf: request.now)
        return DigestPreviewResource(
            screen, configured: request.mailConfigured, text: try await request.localizer, linkBase: request.application.keel.configuration.linkBase)
    }

    @Sendable
    static func outbox(_ request: Request) async throws -> OutboxReport {
        try await request.digests.outboxReport(configured: request.mailConfigured, for: try await request.policy())
    }
}

extension Request {
    var digests: DigestStore {
        get async throws {
            DigestStore(database: db, organizationID: try signedIn.person.organizationID, calendar: try await organizationCalendar)
        }
    }

    var mailConfigured: Bool { application.keel.configuration.smtp != nil }
}
