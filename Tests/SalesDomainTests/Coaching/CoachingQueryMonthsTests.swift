import Foundation
import SalesDomain
import Testing

/// The months a start page's coaching card covers for the weeks the page shows.
struct CoachingQueryMonthsTests {
    let calendar = WeekCalendar.stockholm
    /// Sunday 6 December 2026, noon in Stockholm.
    let asOf = Date(timeIntervalSince1970: 1_796_554_800)

    func week(_ year: Int, _ number: Int) -> ISOWeek { ISOWeek(year: year, week: number)! }
    func month(_ year: Int, _ number: Int) -> CalendarMonth { CalendarMonth(year: year, month: number)! }
    func months(_ weeks: ClosedRange<ISOWeek>) -> ClosedRange<CalendarMonth> {
        CoachingQuery.covering(weeks, scope: .organization, asOf: asOf, calendar: calendar).months
    }

    @Test func theDefaultThirteenWeeksAreTheLastThreeWholeMonths() {
        #expect(calendar.month(containing: asOf) == month(2026, 12))
        // Week 36 runs Mon 31 Aug – Sun 6 Sep: its Thursday, 3 Sep, is in September.
        #expect(months(week(2026, 36)...week(2026, 48)) == month(2026, 9)...month(2026, 11))
        #expect(months(week(2026, 36)...week(2026, 48))
            == CoachingQuery.lastWholeMonths(scope: .organization, asOf: asOf, calendar: calendar).months)
    }

    @Test func aWeekCountsInTheMonthOfItsThursday() {
        // Week 27 2026: Mon 29 Jun – Sun 5 Jul, Thursday 2 Jul. Week 31: Mon 27 Jul, Thursday 30 Jul.
        #expect(months(week(2026, 27)...week(2026, 31)) == month(2026, 7)...month(2026, 7))
        // Week 1 2026 starts Mon 29 Dec 2025; its Thursday is 1 Jan 2026.
        #expect(months(week(2026, 1)...week(2026, 5)) == month(2026, 1)...month(2026, 1))
    }

    @Test func theRunningMonthIsLeftOutUnlessItIsAllThereIs() {
        // Weeks 45–49 reach into December (week 49's Thursday is 3 Dec): November only.
        #expect(months(week(2026, 45)...week(2026, 49)) == month(2026, 11)...month(2026, 11))
        // Week 49 alone is December's: the card shows December so far rather than nothing.
        #expect(months(week(2026, 49)...week(2026, 49)) == month(2026, 12)...month(2026, 12))
    }
}
