import Foundation

/// One uninterrupted period a deal spent in one stage.
public struct StageStay: Hashable, Sendable, Codable {
    public var dealID: Deal.ID
    public var stage: DealStage
    public var enteredAt: Date
    /// When the deal entered its next stage or was closed; `nil` while it is still here.
    public var leftAt: Date?

    public init(dealID: Deal.ID, stage: DealStage, enteredAt: Date, leftAt: Date?) {
        self.dealID = dealID
        self.stage = stage
        self.enteredAt = enteredAt
        self.leftAt = leftAt
    }

    public var isCurrent: Bool { leftAt == nil }

    /// Calendar days from entering to leaving, or to `asOf` while the deal is still here.
    public func days(asOf: Date, calendar: WeekCalendar) -> Int {
        calendar.calendarDays(from: enteredAt, to: leftAt ?? asOf)
    }
}
