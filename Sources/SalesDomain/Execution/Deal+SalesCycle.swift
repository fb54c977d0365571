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

    /// A won deal's cycle with what it was measured from, for a reader who must know whether the
    /// creation date stood in for a missing engagement date.
    public func salesCycle(calendar: WeekCalendar) -> SalesCycle? {
        salesCycleDays(calendar: calendar).map { SalesCycle(days: $0, start: engagedAt == nil ? .creation : .engagement) }
    }

    /// ``salesCycleDays(calendar:)`` and the date it counts from.
    public struct SalesCycle: Hashable, Sendable, Codable {
        public enum Start: String, Hashable, Sendable, Codable {
            /// The first engagement the file gave.
            case engagement
            /// The deal's creation, for a file without an engagement date.
            case creation
        }

        public var days: Int
        public var start: Start

        public init(days: Int, start: Start) {
            self.days = days
            self.start = start
        }
    }
}
