import Foundation
@testable import SalesDomain

/// Weekly on-time counts on fixed ISO weeks, UTC.
enum ImpactFixture {
    static let calendar = WeekCalendar(timeZone: TimeZone(identifier: "UTC")!)
    static let target = Intervention.Target.activityType("call")
    static let kpi = ImpactKPI(kind: .onTime, family: .behaviour, activityTypes: ["call"])

    static func week(_ n: Int, year: Int = 2026) -> ISOWeek { ISOWeek(year: year, week: n)! }

    /// Windows of 4 weeks around a start in week 10: before 6–9, after 10–13.
    static func windows(start: Int = 10, weeks: Int = 4, thisWeek: Int = 20) -> ImpactWindows {
        ImpactWindows(startWeek: week(start), weeks: weeks, thisWeek: week(thisWeek))
    }

    /// One row per week from `firstWeek` on: `numerators[i]` of `denominators[i]` (10 when not given).
    static func rows(_ seller: Int, from firstWeek: Int, _ numerators: [Double], denominators: [Double]? = nil) -> [ImpactSellerWeek] {
        numerators.enumerated().map { index, numerator in
            ImpactSellerWeek(
                sellerID: Fixture.personID(seller), week: week(firstWeek + index), numerator: numerator,
                denominator: denominators?[index] ?? 10)
        }
    }

    /// A seller whose 4 before-weeks (6–9) and 4 after-weeks (10–13) have these numerators of 10.
    static func seller(_ n: Int, before: [Double], after: [Double]) -> [ImpactSellerWeek] {
        rows(n, from: 6, before + after)
    }
}
