import FluentKit
import Foundation
import SalesDomain

/// An organization's postponements as domain values.
public struct PostponementStore: Sendable {
    public let database: any Database
    public let organizationID: Organization.ID

    public init(database: any Database, organizationID: Organization.ID) {
        self.database = database
        self.organizationID = organizationID
    }

    /// Every postponement, or one owner's, oldest planned date first.
    public func postponements(ownedBy owner: Person.ID? = nil) async throws -> [Postponement] {
        var query = PostponementModel.query(on: database).filter(\.$organizationID == organizationID.rawValue)
        if let owner { query = query.filter(\.$ownerID == owner.rawValue) }
        return try await query.sort(\.$fromDate).sort(\.$loggedAt).all().map(\.domain)
    }
}
