import Foundation
import Testing
@testable import SalesDomain

@Suite("The weekly digest goes out Monday 07:00 local time, in the week it is for, across daylight saving and year ends")
struct DigestScheduleTests {
    static let stockholm = WeekCalendar.stockholm
    static let oslo = WeekCalendar(timeZoneIdentifier: "Europe/Oslo")!
    static func at(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func mondaySevenIsLocalWallClockTimeOnBothSidesOfADaylightSavingChange() {
        // 2026-W13 ends on Sunday 29 March, when Sweden moves to summer time: its Monday is CET (+1).
        #expect(DigestSchedule.sendTime(of: ISOWeek(year: 2026, week: 13)!, calendar: Self.stockholm) == Self.at("2026-03-23T06:00:00Z"))
        // 2026-W14's Monday is CEST (+2).
        #expect(DigestSchedule.sendTime(of: ISOWeek(year: 2026, week: 14)!, calendar: Self.stockholm) == Self.at("2026-03-30T05:00:00Z"))
        // Back to CET on Sunday 25 October: 2026-W44's Monday is +1 again, in Oslo as in Stockholm.
        #expect(DigestSchedule.sendTime(of: ISOWeek(year: 2026, week: 43)!, calendar: Self.oslo) == Self.at("2026-10-19T05:00:00Z"))
        #expect(DigestSchedule.sendTime(of: ISOWeek(year: 2026, week: 44)!, calendar: Self.oslo) == Self.at("2026-10-26T06:00:00Z"))
        // UTC itself: 07:00Z.
        let utc = WeekCalendar(timeZoneIdentifier: "UTC")!
        #expect(DigestSchedule.sendTime(of: ISOWeek(year: 2026, week: 14)!, calendar: utc) == Self.at("2026-03-30T07:00:00Z"))
    }

    @Test func aWeeksDigestIsDueFromItsMondaySevenToItsEndAndNeverBefore() {
        let w14 = ISOWeek(year: 2026, week: 14)!
        // 06:59 CEST on Monday: not yet, and not last week's either.
        #expect(DigestSchedule.dueWeek(at: Self.at("2026-03-30T04:59:00Z"), calendar: Self.stockholm) == nil)
        #expect(DigestSchedule.dueWeek(at: Self.at("2026-03-30T05:00:00Z"), calendar: Self.stockholm) == w14)
        // Back after downtime on Thursday: still this week's, to catch up.
        #expect(DigestSchedule.dueWeek(at: Self.at("2026-04-02T12:00:00Z"), calendar: Self.stockholm) == w14)
        // Sunday 23:30 local is the week's last half hour; 22:00Z on Sunday is already Monday 00:00.
        #expect(DigestSchedule.dueWeek(at: Self.at("2026-04-05T21:30:00Z"), calendar: Self.stockholm) == w14)
        #expect(DigestSchedule.dueWeek(at: Self.at("2026-04-05T22:30:00Z"), calendar: Self.stockholm) == nil)
    }

    @Test func theLastWeekOfA53WeekYearEndsInTheNextCalendarYear() {
        let w53 = ISOWeek(year: 2026, week: 53)!
        #expect(DigestSchedule.lastDay(of: w53, calendar: Self.stockholm) == CalendarDay(year: 2027, month: 1, day: 3)!)
        #expect(DigestSchedule.dueWeek(at: Self.at("2027-01-01T10:00:00Z"), calendar: Self.stockholm) == w53)
        // Monday 4 January 2027 00:30 local (23:30Z Sunday) is 2027-W01, before its send time.
        #expect(DigestSchedule.dueWeek(at: Self.at("2027-01-03T23:30:00Z"), calendar: Self.stockholm) == nil)
        #expect(DigestSchedule.dueWeek(at: Self.at("2027-01-04T06:00:00Z"), calendar: Self.oslo) == ISOWeek(year: 2027, week: 1)!)
    }

    @Test func aFailedMessageIsRetriedAfterOneFiveAndThirtyMinutesThenHourlyForADay() {
        let queued = Self.at("2026-03-30T05:00:00Z")
        #expect(MailRetry.nextAttempt(afterFailures: 1, queuedAt: queued, now: queued) == queued.addingTimeInterval(60))
        #expect(MailRetry.nextAttempt(afterFailures: 2, queuedAt: queued, now: queued.addingTimeInterval(60)) == queued.addingTimeInterval(360))
        #expect(MailRetry.nextAttempt(afterFailures: 3, queuedAt: queued, now: queued.addingTimeInterval(360)) == queued.addingTimeInterval(2_160))
        #expect(MailRetry.nextAttempt(afterFailures: 4, queuedAt: queued, now: queued.addingTimeInterval(2_160)) == queued.addingTimeInterval(5_760))
        // 23 h after queueing the next hour still falls within the day; 23.5 h after, it would not.
        #expect(MailRetry.nextAttempt(afterFailures: 20, queuedAt: queued, now: queued.addingTimeInterval(23 * 3_600)) != nil)
        #expect(MailRetry.nextAttempt(afterFailures: 21, queuedAt: queued, now: queued.addingTimeInterval(23.5 * 3_600)) == nil)
    }
}
