import Foundation
import Testing
@testable import SalesDomain

/// Follow-ups within 48 hours of a customer meeting, by hand, in Stockholm time.
struct MeetingFollowUpsTests {
    typealias F = ExecutionFixture
    let accountA = Account.ID(UUID(uuidString: "00000000-0000-0000-0009-000000000001")!)
    let accountB = Account.ID(UUID(uuidString: "00000000-0000-0000-0009-000000000002")!)

    func done(_ n: Int, _ type: ActivityType, _ at: Date, account: Account.ID?) -> Activity {
        var activity = F.activity(n, type, planned: at, done: at)
        activity.accountID = account
        return activity
    }

    @Test func aMeetingCountsWhenFollowedUpOnItsAccountWithinTheWindow() {
        let activities = [
            // W03: Mon 12 Jan 10:00 meeting with A, e-mail to A Tue 09:00 → followed up.
            done(1, .meeting, F.date(2026, 1, 12, 10), account: accountA),
            done(2, .email, F.date(2026, 1, 13, 9), account: accountA),
            // Thu 15 Jan 15:00 meeting with B; the call to B comes Sat 17 Jan 15:30 — 48.5 h later → not.
            done(3, .meeting, F.date(2026, 1, 15, 15), account: accountB),
            done(4, .call, F.date(2026, 1, 17, 15, 30), account: accountB),
            // A follow-up to A before the second meeting with A does not follow it up.
            done(5, .followUp, F.date(2026, 1, 16, 8), account: accountA),
            done(6, .meeting, F.date(2026, 1, 16, 9), account: accountA),
            // A meeting without an account is left out of both counts.
            done(7, .meeting, F.date(2026, 1, 14, 9), account: nil),
            // Sun 18 Jan 10:00 meeting with B, followed up Mon 19 Jan (W04) 09:00: counts in W03.
            done(8, .meeting, F.date(2026, 1, 18, 10), account: accountB),
            done(9, .followUp, F.date(2026, 1, 19, 9), account: accountB),
        ]
        let weekly = MeetingFollowUps.weekly(activities, hours: 48, weeks: F.week(2026, 3)...F.week(2026, 4), calendar: F.calendar)
        #expect(weekly[F.week(2026, 3)] == KPIFigure(numerator: 2, denominator: 4))
        #expect(weekly[F.week(2026, 4)] == nil)
    }

    @Test func theWindowIsElapsedTimeAcrossADaylightSavingChange() {
        // Clocks go forward at 02:00 on Sun 29 Mar 2026. Sat 28 Mar 13:00 → Mon 30 Mar 13:30 is
        // 48.5 h on the wall clock but 47.5 h elapsed: followed up in time.
        let activities = [
            done(1, .meeting, F.date(2026, 3, 28, 13), account: accountA),
            done(2, .followUp, F.date(2026, 3, 30, 13, 30), account: accountA),
        ]
        let week = F.calendar.week(containing: F.date(2026, 3, 28, 13))
        #expect(MeetingFollowUps.weekly(activities, hours: 48, weeks: week...week, calendar: F.calendar)[week]?.value == 1)
    }
}
