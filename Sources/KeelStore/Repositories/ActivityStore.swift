import FluentKit
import Foundation
import SalesDomain
import SQLKit

/// An organization's activities as domain values.
public struct ActivityStore: Sendable {
    public let database: any Database
    public let organizationID: Organization.ID

    public init(database: any Database, organizationID: Organization.ID) {
        self.database = database
        self.organizationID = organizationID
    }

    public func activities(ownedBy owner: Person.ID? = nil) async throws -> [Activity] {
        var query = ActivityModel.query(on: database).filter(\.$organizationID == organizationID.rawValue)
        if let owner { query = query.filter(\.$ownerID == owner.rawValue) }
        return try await query.sort(\.$plannedAt).all().map(\.domain)
    }

    /// The activities of these people, in no particular order: what rollups are recomputed
    /// from. Read as SQL rows rather than ``ActivityModel``s, because a re-import that adds to
    /// a thousand sellers' histories reads a million of them back.
    func activities(ownedByAnyOf owners: [Person.ID]) async throws -> [Activity] {
        let sql = database as! any SQLDatabase
        var activities: [Activity] = []
        for chunk in owners.chunked(into: 500) {
            let rows = try await sql.select()
                .columns("id", "type", "owner_id", "planned_at", "done_at", "duration_minutes", "deal_id", "account_id", "source", "external_id")
                .from(ActivityModel.schema)
                .where("organization_id", .equal, organizationID.rawValue).where("owner_id", .in, chunk.map(\.rawValue)).all()
            for row in rows {
                activities.append(Activity(
                    id: .init(try row.decode(column: "id", as: UUID.self)), type: ActivityType(try row.decode(column: "type", as: String.self)),
                    ownerID: .init(try row.decode(column: "owner_id", as: UUID.self)), plannedDate: try row.decode(column: "planned_at", as: Date.self),
                    doneDate: try row.decode(column: "done_at", as: Date?.self), durationMinutes: try row.decode(column: "duration_minutes", as: Int.self),
                    dealID: try row.decode(column: "deal_id", as: UUID?.self).map(Deal.ID.init),
                    accountID: try row.decode(column: "account_id", as: UUID?.self).map(Account.ID.init),
                    source: ActivitySource(rawValue: try row.decode(column: "source", as: String.self)) ?? .imported,
                    externalID: try row.decode(column: "external_id", as: String?.self)))
            }
        }
        return activities
    }
}
