import Foundation
@testable import SalesDomain

enum GoalFixture {
    static func goalID(_ n: Int) -> Goal.ID { Goal.ID(UUID(uuidString: String(format: "00000000-0000-0000-0009-%012d", n))!) }
    static func day(_ text: String) -> CalendarDay { CalendarDay(text)! }

    static func goal(
        _ n: Int, _ owner: GoalOwner = .company, parent: Int? = nil, weight: Double = 1, measure: GoalMeasure? = nil,
        value: Double? = nil
    ) -> Goal {
        Goal(
            id: goalID(n), owner: owner, title: "Goal \(n)", start: day("2026-01-01"), due: day("2026-03-31"), parentID: parent.map(goalID),
            weight: weight, measure: measure, latestValue: value)
    }
}
