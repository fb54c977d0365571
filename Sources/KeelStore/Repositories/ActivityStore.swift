import FluentKit
import Foundation
import SalesDomain

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
}
