import Foundation

/// One stay in a deal's stage history as the deal page shows it: the stage, when the deal
/// entered and left it, and the calendar days it spent there.
public struct DealStageStep: Hashable, Sendable, Codable {
    public var stage: DealStage
    public var enteredAt: Date
    /// When the deal entered its next stage or was closed; `nil` while it is still here.
    public var leftAt: Date?
    /// Calendar days in the organization's time zone from entering to leaving, or to the
    /// moment asked about while the deal is still here (``StageStay/days(asOf:calendar:)``,
    /// the count the stall analysis compares with its bar).
    public var days: Int

    public init(stage: DealStage, enteredAt: Date, leftAt: Date?, days: Int) {
        self.stage = stage
        self.enteredAt = enteredAt
        self.leftAt = leftAt
        self.days = days
    }

    public var isCurrent: Bool { leftAt == nil }
}

extension DealHistory {
    /// Every stay of the deal, oldest first, with its days as of `asOf`. The stays are
    /// ``stays``: repeated entries into the same stage are one stay, the last stay of a closed
    /// deal ends at its close, and transitions after the close are left out.
    public func stageSteps(asOf: Date, calendar: WeekCalendar) -> [DealStageStep] {
        stays.map { stay in
            DealStageStep(stage: stay.stage, enteredAt: stay.enteredAt, leftAt: stay.leftAt, days: stay.days(asOf: asOf, calendar: calendar))
        }
    }
}
