import Foundation

extension Deal {
    /// Where the sales cycle starts: the first engagement, else the deal's creation. HubSpot and
    /// Salesforce exports carry no engagement date, and leaving their won deals out would leave
    /// an organization that uses them without any cycle time.
    public var salesCycleStart: Date { engagedAt ?? createdAt }

    /// Calendar days from ``salesCycleStart`` to the close of a won deal, in the calendar's time
    /// zone; `nil` for other deals, and for a start after the close (a deal whose creation is
    /// only the day it was first imported), which is no cycle.
    public func salesCycleDays(calendar: WeekCalendar) -> Int? {
        guard outcome == .won, let closedAt, salesCycleStart <= closedAt else { return nil }
        return calendar.calendarDays(from: salesCycleStart, to: closedAt)
    }
}
