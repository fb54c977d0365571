import FluentKit
import SalesDomain

/// A store bound to one organization and read in its calendar (its time zone's days, ISO weeks
/// and months): every analysis and practice store is one.
public protocol OrganizationCalendarStore: Sendable {
    init(database: any Database, organizationID: Organization.ID, calendar: WeekCalendar)
}

extension OrganizationCalendarStore {
    /// With the organization's calendar (``OrganizationSettings/calendar()``).
    public static func of(database: any Database, organizationID: Organization.ID) async throws -> Self {
        Self(
            database: database, organizationID: organizationID,
            calendar: try await OrganizationSettings(database: database, organizationID: organizationID).calendar())
    }
}
