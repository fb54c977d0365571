import Foundation
import Testing
@testable import SalesDomain

@Suite struct ISOWeekTests {
    let calendar = ExecutionFixture.calendar

    @Test func weeksStartAtMondayMidnightStockholmTime() {
        // Sun 11 Jan 2026 23:59 local is still W02; Mon 12 Jan 00:00 local is W03 —
        // although in UTC that Monday midnight is Sunday 23:00.
        #expect(calendar.week(containing: ExecutionFixture.date(2026, 1, 11, 23, 59)) == ExecutionFixture.week(2026, 2))
        #expect(calendar.week(containing: ExecutionFixture.date(2026, 1, 12, 0, 0)) == ExecutionFixture.week(2026, 3))
        #expect(calendar.start(of: ExecutionFixture.week(2026, 3)) == ExecutionFixture.date(2026, 1, 12, 0, 0))
        // The same instant read in UTC belongs to the earlier week.
        let utc = WeekCalendar(timeZone: TimeZone(identifier: "UTC")!)
        #expect(utc.week(containing: ExecutionFixture.date(2026, 1, 12, 0, 30)) == ExecutionFixture.week(2026, 2))
    }

    @Test func weekYearsDifferFromCalendarYearsAroundNewYear() {
        // Thu 1 Jan 2026 is in 2026-W01; Mon 29 Dec 2025 starts it.
        #expect(calendar.week(containing: ExecutionFixture.date(2025, 12, 29)) == ExecutionFixture.week(2026, 1))
        // 2026 starts on a Thursday, so it has 53 weeks; Sun 3 Jan 2027 is still 2026-W53.
        #expect(ISOWeek.weeks(inYear: 2026) == 53)
        #expect(calendar.week(containing: ExecutionFixture.date(2027, 1, 3)) == ExecutionFixture.week(2026, 53))
        #expect(calendar.week(containing: ExecutionFixture.date(2027, 1, 4)) == ExecutionFixture.week(2027, 1))
    }

    @Test(arguments: [(2015, 53), (2020, 53), (2021, 52), (2024, 52), (2025, 52), (2026, 53), (2032, 53)])
    func yearsHave52Or53Weeks(_ example: (Int, Int)) {
        #expect(ISOWeek.weeks(inYear: example.0) == example.1)
    }

    @Test func nextAndPreviousCrossYearEnds() {
        #expect(ExecutionFixture.week(2026, 53).next == ExecutionFixture.week(2027, 1))
        #expect(ExecutionFixture.week(2027, 1).previous == ExecutionFixture.week(2026, 53))
        #expect(ExecutionFixture.week(2025, 52).next == ExecutionFixture.week(2026, 1))
        #expect(ISOWeek.all(in: ExecutionFixture.week(2026, 52)...ExecutionFixture.week(2027, 2)).map(\.description)
            == ["2026-W52", "2026-W53", "2027-W01", "2027-W02"])
        #expect(ISOWeek.all(in: ExecutionFixture.week(2026, 5)...ExecutionFixture.week(2026, 5)).count == 1)
    }

    @Test func invalidWeeksAreRefused() {
        #expect(ISOWeek(year: 2025, week: 53) == nil)
        #expect(ISOWeek(year: 2026, week: 0) == nil)
        #expect(ISOWeek("2026-W54") == nil)
        #expect(ISOWeek("2026-02") == nil)
        #expect(ISOWeek("2026-W2") == nil)
        #expect(ISOWeek("2026-W02") == ExecutionFixture.week(2026, 2))
    }

    @Test func weeksAndMonthsEncodeAsTheirIsoNames() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let counts = [ExecutionFixture.week(2026, 2): 3, ExecutionFixture.week(2026, 10): 1]
        #expect(String(decoding: try encoder.encode(counts), as: UTF8.self) == #"{"2026-W02":3,"2026-W10":1}"#)
        let periods: [ReportingPeriod] = [.week(ExecutionFixture.week(2026, 2)), .month(CalendarMonth(year: 2026, month: 3)!)]
        let json = try encoder.encode(periods)
        #expect(String(decoding: json, as: UTF8.self) == #"["2026-W02","2026-03"]"#)
        #expect(try JSONDecoder().decode([ReportingPeriod].self, from: json) == periods)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ISOWeek.self, from: Data(#""2026-13""#.utf8)) }
    }

    @Test func calendarDaysCountMidnightsNotSeconds() {
        // Across the spring change (29 Mar 2026 has 23 hours): 28 Mar 09:00 → 30 Mar 09:00 is
        // 47 hours but 2 calendar days.
        #expect(calendar.calendarDays(from: ExecutionFixture.date(2026, 3, 28), to: ExecutionFixture.date(2026, 3, 30)) == 2)
        // Late evening to early morning is one day; same day is zero; backwards is negative.
        #expect(calendar.calendarDays(from: ExecutionFixture.date(2026, 1, 5, 23), to: ExecutionFixture.date(2026, 1, 6, 1)) == 1)
        #expect(calendar.calendarDays(from: ExecutionFixture.date(2026, 1, 5, 8), to: ExecutionFixture.date(2026, 1, 5, 17)) == 0)
        #expect(calendar.calendarDays(from: ExecutionFixture.date(2026, 1, 6), to: ExecutionFixture.date(2026, 1, 5)) == -1)
    }

    @Test func calendarDaysAgreeWithTheCalendarsOwnCountAcrossBothDaylightSavingChanges() {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(identifier: "Europe/Stockholm")!
        let start = ExecutionFixture.date(2026, 3, 27, 0)
        // Every 97 minutes through spring and autumn changes, against a fixed evening.
        for step in stride(from: 0, to: 60 * 24 * 240, by: 97) {
            let date = start.addingTimeInterval(Double(step) * 60)
            let reference = ExecutionFixture.date(2026, 4, 2, 23)
            let expected = gregorian.dateComponents([.day], from: gregorian.startOfDay(for: reference), to: gregorian.startOfDay(for: date)).day!
            #expect(calendar.calendarDays(from: reference, to: date) == expected, "\(date)")
        }
    }

    @Test func monthsAndDateRanges() {
        #expect(calendar.month(containing: ExecutionFixture.date(2026, 1, 31, 23, 30)) == CalendarMonth(year: 2026, month: 1))
        let range = calendar.dateRange(of: ExecutionFixture.week(2026, 2)...ExecutionFixture.week(2026, 3))
        #expect(range == ExecutionFixture.date(2026, 1, 5, 0, 0)..<ExecutionFixture.date(2026, 1, 19, 0, 0))
    }
}
