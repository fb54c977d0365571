import Foundation
import Testing
@testable import SalesDomain

@Suite("Calendar days: due dates without a time, read in the organization's time zone")
struct CalendarDayTests {
    @Test("Only real dates parse; leap years follow the Gregorian rule")
    func parsing() {
        #expect(CalendarDay("2026-12-05")?.description == "2026-12-05")
        #expect(CalendarDay("2028-02-29") != nil)
        #expect(CalendarDay("2026-02-29") == nil)
        #expect(CalendarDay("2100-02-29") == nil)
        #expect(CalendarDay("2000-02-29") != nil)
        #expect(CalendarDay("2026-04-31") == nil)
        #expect(CalendarDay("2026-4-01") == nil)
        #expect(CalendarDay("05.12.2026") == nil)
    }

    @Test("The local date of a moment: 23:30 UTC on 4 December is 5 December in Stockholm, still 4 December in UTC")
    func localDate() {
        let moment = CoachingFixture.at("2026-12-04T23:30:00Z")
        #expect(WeekCalendar.stockholm.day(containing: moment) == CalendarDay("2026-12-05"))
        #expect(WeekCalendar(timeZone: TimeZone(identifier: "UTC")!).day(containing: moment) == CalendarDay("2026-12-04"))
        // Summer time: UTC+2, so 22:30 UTC on 30 June is already 1 July.
        #expect(WeekCalendar.stockholm.day(containing: CoachingFixture.at("2026-06-30T22:30:00Z")) == CalendarDay("2026-07-01"))
    }

    @Test("Day arithmetic crosses months, leap days and daylight-saving changes as whole days")
    func arithmetic() {
        let calendar = WeekCalendar.stockholm
        #expect(CalendarDay("2028-02-28")!.adding(days: 1) == CalendarDay("2028-02-29"))
        #expect(CalendarDay("2026-12-31")!.adding(days: 1) == CalendarDay("2027-01-01"))
        #expect(CalendarDay("1970-01-01")!.adding(days: -1) == CalendarDay("1969-12-31"))
        // 29 March 2026 has 23 hours in Stockholm; the next day still starts one day later.
        #expect(calendar.days(from: CalendarDay("2026-03-28")!, to: CalendarDay("2026-03-30")!) == 2)
        let start = calendar.start(of: CalendarDay("2026-03-30")!)
        #expect(start == CoachingFixture.at("2026-03-29T22:00:00Z"))
        #expect(calendar.day(containing: start) == CalendarDay("2026-03-30"))
    }

    @Test("Encodes as the bare date")
    func coding() throws {
        let data = try JSONEncoder().encode([CalendarDay("2026-01-09")!])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-01-09"]"#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CalendarDay].self, from: Data(#"["2026-13-01"]"#.utf8)) }
    }
}
