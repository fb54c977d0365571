import FluentKit
import FluentSQL
import Foundation
import SalesDomain
import SQLKit

extension ActivityLog {
    /// The postponements of some activities, first logged first.
    func postponements(of activities: [UUID]) async throws -> [Postponement] {
        guard !activities.isEmpty else { return [] }
        return try await postponementsQuery(of: activities).all().map { try $0.decode(fluentModel: PostponementModel.self).domain }
    }

    /// Through `postponements_by_activity`: the organization's postponements number a hundred
    /// per seller, and a read by activity without it goes through all of them.
    func postponementsQuery(of activities: [UUID]) -> SQLSelectBuilder {
        (database as! any SQLDatabase).select().column(SQLLiteral.all).from(PostponementModel.schema)
            .where("organization_id", .equal, organizationID.rawValue).where("activity_id", .in, activities)
            .orderBy("logged_at")
    }
}
