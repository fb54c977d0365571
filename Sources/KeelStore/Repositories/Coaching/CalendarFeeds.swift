import FluentKit
import Foundation
import SalesDomain

/// Private calendar links (`/calendar/<token>.ics`): one live link per person, kept as the hash
/// of its token; a new link revokes the old one, and a revoked link answers as revoked, not as
/// unknown, so its owner learns to make a new one.
public struct CalendarFeeds: Sendable {
    public let database: any Database

    public init(database: any Database) {
        self.database = database
    }

    public enum Lookup: Sendable, Equatable {
        case live(Person)
        case revoked
        case unknown
    }

    /// Stores a new link's token hash for the person, revoking any earlier link; audited.
    public func create(hash: String, for person: Person, at date: Date) async throws {
        try await database.writeTransaction { database in
            try await CalendarFeeds(database: database).revokeAll(of: person, at: date)
            let model = CalendarFeedModel()
            model.id = UUID()
            model.organizationID = person.organizationID.rawValue
            model.personID = person.id.rawValue
            model.tokenHash = hash
            model.createdAt = date
            try await model.create(on: database)
            try await AuditTrail.record(
                on: database, organizationID: person.organizationID, actor: person.id, entity: "calendar_feed", entityID: model.id!,
                action: "create", changes: [:], at: date)
        }
    }

    /// Revokes the person's live link, if any.
    public func revoke(of person: Person, at date: Date) async throws {
        try await database.writeTransaction { database in
            try await CalendarFeeds(database: database).revokeAll(of: person, at: date)
        }
    }

    public func hasLiveLink(_ person: Person) async throws -> Bool {
        try await CalendarFeedModel.query(on: database).filter(\.$personID == person.id.rawValue).filter(\.$revokedAt == nil).count() > 0
    }

    private func revokeAll(of person: Person, at date: Date) async throws {
        let live = try await CalendarFeedModel.query(on: database).filter(\.$personID == person.id.rawValue).filter(\.$revokedAt == nil).all()
        for model in live {
            model.revokedAt = date
            try await model.save(on: database)
            try await AuditTrail.record(
                on: database, organizationID: person.organizationID, actor: person.id, entity: "calendar_feed", entityID: model.id!,
                action: "revoke", changes: [:], at: date)
        }
    }

    /// Whose link a token's hash is; a deactivated person's link is as good as revoked.
    public func lookup(hash: String) async throws -> Lookup {
        guard let model = try await CalendarFeedModel.query(on: database).filter(\.$tokenHash == hash).first() else { return .unknown }
        guard model.revokedAt == nil,
              let person = try await Directory(database: database, organizationID: .init(model.organizationID)).person(.init(model.personID)),
              person.isActive
        else { return .revoked }
        return .live(person)
    }
}
