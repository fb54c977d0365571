import Foundation
import Testing
@testable import SalesDomain

@Suite struct CalendarPeriodTests {
    func day(_ text: String) -> CalendarDay { CalendarDay(text)! }
    func weeks(_ from: String, _ to: String) -> ClosedRange<ISOWeek> { ISOWeek(from)!...ISOWeek(to)! }
    func month(_ text: String) -> CalendarMonth { CalendarMonth(text)! }

    @Test(arguments: [
        ("2025-12-31", "2026-W01"), ("2026-01-01", "2026-W01"), ("2027-01-03", "2026-W53"), ("2027-01-04", "2027-W01"),
        ("2024-12-30", "2025-W01"), ("2026-12-07", "2026-W50"), ("2026-12-06", "2026-W49"), ("2021-01-03", "2020-W53"),
    ])
    func aDayIsInTheWeekOfItsThursday(_ example: (String, String)) {
        #expect(day(example.0).isoWeek == ISOWeek(example.1)!)
    }

    /// Against Foundation's ISO 8601 calendar, every day of eleven years.
    @Test func dayArithmeticAgreesWithFoundationsCalendar() {
        let utc = WeekCalendar(timeZone: TimeZone(identifier: "UTC")!)
        var current = day("2020-01-01")
        while current <= day("2030-12-31") {
            let week = utc.week(containing: utc.start(of: current))
            #expect(current.isoWeek == week, "\(current)")
            #expect(week.monday == utc.day(containing: utc.start(of: week)), "\(week)")
            current = current.adding(days: 1)
        }
    }

    @Test func aWeeksMondaySundayAndMonth() {
        #expect(ISOWeek("2026-W01")!.monday == day("2025-12-29"))
        #expect(ISOWeek("2026-W53")!.monday == day("2026-12-28"))
        #expect(ISOWeek("2026-W53")!.sunday == day("2027-01-03"))
        #expect(ISOWeek("2025-W01")!.monday == day("2024-12-30"))
        // Thursday 31 December 2026: December's week, though it ends in January.
        #expect(ISOWeek("2026-W53")!.calendarMonth == month("2026-12"))
        // Thursday 29 October 2026: October's week, though it ends on 1 November.
        #expect(ISOWeek("2026-W44")!.calendarMonth == month("2026-10"))
    }

    @Test func monthsOwnTheWeeksOfTheirThursdays() {
        #expect(ISOWeek.weeks(of: month("2026-11")...month("2026-11")) == weeks("2026-W45", "2026-W48"))
        #expect(ISOWeek.weeks(of: month("2026-12")...month("2026-12")) == weeks("2026-W49", "2026-W53"))
        #expect(ISOWeek.weeks(of: month("2026-07")...month("2026-09")) == weeks("2026-W27", "2026-W39"))
        #expect(ISOWeek.weeks(of: month("2026-01")...month("2026-12")) == weeks("2026-W01", "2026-W53"))
    }

    /// Monday 7 December 2026, in week 50.
    @Test(arguments: [
        (CalendarPeriod.thisMonth, "2026-12", "2026-12", "2026-W49", "2026-W50"),
        (.lastMonth, "2026-11", "2026-11", "2026-W45", "2026-W48"),
        (.thisQuarter, "2026-10", "2026-12", "2026-W40", "2026-W50"),
        (.lastQuarter, "2026-07", "2026-09", "2026-W27", "2026-W39"),
        (.thisYear, "2026-01", "2026-12", "2026-W01", "2026-W50"),
    ])
    func periodsOnAMondayInDecember(_ example: (CalendarPeriod, String, String, String, String)) {
        let today = day("2026-12-07")
        #expect(example.0.months(today: today) == month(example.1)...month(example.2))
        #expect(example.0.weeks(today: today) == weeks(example.3, example.4))
    }

    /// Friday 1 January 2027 is in 2026-W53, December's week: January has no week yet.
    @Test func aPeriodWhoseFirstWeekHasNotBegunHasNoWeeks() {
        let today = day("2027-01-01")
        #expect(CalendarPeriod.thisMonth.weeks(today: today) == nil)
        #expect(CalendarPeriod.thisYear.weeks(today: today) == nil)
        #expect(CalendarPeriod.thisMonth.months(today: today) == month("2027-01")...month("2027-01"))
        #expect(CalendarPeriod.lastMonth.weeks(today: today) == weeks("2026-W49", "2026-W53"))
        #expect(CalendarPeriod.lastQuarter.weeks(today: today) == weeks("2026-W40", "2026-W53"))
    }

    @Test func lastQuarterInFebruaryIsTheYearBeforesFourth() {
        #expect(CalendarPeriod.lastQuarter.months(today: day("2026-02-15")) == month("2025-10")...month("2025-12"))
        #expect(CalendarPeriod.thisQuarter.months(today: day("2026-02-15")) == month("2026-01")...month("2026-02"))
    }
}
