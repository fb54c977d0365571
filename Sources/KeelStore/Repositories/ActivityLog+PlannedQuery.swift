import FluentKit
import Foundation
import SalesDomain
import SQLKit

extension ActivityLog {
    /// The activities some people planned (currently) in `dates`, through `activities_by_owner`
    /// (organization, owner, planned time): the plan page and the list API read a subtree's
    /// weeks so, and without it every read went through the organization's activities.
    func plannedQuery(of owners: [UUID], in dates: Range<Date>, columns: [any SQLExpression] = [SQLLiteral.all]) -> SQLSelectBuilder {
        (database as! any SQLDatabase).select().columns(columns).from(ActivityModel.schema)
            .where("organization_id", .equal, organizationID.rawValue).where("owner_id", .in, owners)
            .where("planned_at", .greaterThanOrEqual, dates.lowerBound).where("planned_at", .lessThan, dates.upperBound)
    }
}
