import Foundation
import Testing
@testable import SalesDomain

@Suite struct ExecutionRateTests {
    typealias F = ExecutionFixture

    /// As of Wed 21 Jan 2026 (W04), so W02 and W03 have ended and W04 is still open.
    ///
    /// | activity | owner | planned (original) | done | on time? |
    /// |---|---|---|---|---|
    /// | c1 call | 1 | Tue 6 Jan, W02 | Tue 6 Jan | yes |
    /// | c2 call | 1 | Wed 7 Jan, W02 → moved to 13 Jan | Tue 13 Jan (W03) | no: late for W02 |
    /// | c3 call | 1 | Mon 12 Jan, W03 | — | no |
    /// | m1 meeting | 1 | Thu 15 Jan, W03 | Fri 9 Jan (W02, early) | yes |
    /// | m2 meeting | 1 | Tue 20 Jan, W04 | Tue 20 Jan | not counted: W04 is open |
    /// | m3 meeting | 1 | Fri 16 Jan, W03 | Sat 17 Jan (W03) | yes |
    /// | c4 call | 2 | Mon 5 Jan, W02 | Mon 5 Jan | yes |
    let asOf = F.date(2026, 1, 21)
    var tallies: [WeeklyActivityTally] {
        WeeklyActivityTally.tallies(
            activities: [
                F.activity(1, .call, planned: F.date(2026, 1, 6), done: F.date(2026, 1, 6)),
                F.activity(2, .call, planned: F.date(2026, 1, 13), done: F.date(2026, 1, 13)),
                F.activity(3, .call, planned: F.date(2026, 1, 12)),
                F.activity(4, .meeting, planned: F.date(2026, 1, 15), done: F.date(2026, 1, 9)),
                F.activity(5, .meeting, planned: F.date(2026, 1, 20), done: F.date(2026, 1, 20)),
                F.activity(6, .meeting, planned: F.date(2026, 1, 16), done: F.date(2026, 1, 17)),
                F.activity(7, .call, owner: 2, planned: F.date(2026, 1, 5), done: F.date(2026, 1, 5)),
            ],
            postponements: [F.moved(1, activity: 2, from: F.date(2026, 1, 7), to: F.date(2026, 1, 13))],
            calendar: F.calendar)
    }

    /// Person 1: planned c1 c2 c3 m1 m3 = 5, on time c1 m1 m3 = 3 → .6;
    /// calls 1 of 3 → 1/3, meetings 2 of 2 → 1.
    @Test func perPersonOverallAndByType() {
        let reports = ExecutionRateReport.byGroup(
            tallies: tallies, grouping: .eachPerson, weeks: F.week(2026, 1)...F.week(2026, 10), asOf: asOf, calendar: F.calendar)
        let first = reports[Fixture.personID(1)]!
        #expect(first.overall == ExecutionRate(planned: 5, doneOnTime: 3))
        #expect(first.overall.rate == 0.6)
        #expect(first.byType[.call]?.rate == 1.0 / 3.0)
        #expect(first.byType[.meeting] == ExecutionRate(planned: 2, doneOnTime: 2))
        #expect(reports[Fixture.personID(2)]!.overall.rate == 1)
    }

    /// Team 1 (people 1 and 2): 6 planned, 4 on time; calls c1 c2 c3 c4: 2 of 4 → .5.
    @Test func perTeam() {
        let reports = ExecutionRateReport.byGroup(
            tallies: tallies, grouping: .byTeam(F.people), weeks: F.week(2026, 1)...F.week(2026, 10), asOf: asOf, calendar: F.calendar)
        #expect(reports[Fixture.teamID(1)]!.overall == ExecutionRate(planned: 6, doneOnTime: 4))
        #expect(reports[Fixture.teamID(1)]!.byType[.call]!.rate == 0.5)
    }

    /// W03 alone for person 1: c3, m1, m3 planned, m1 and m3 on time → 2/3.
    /// W04 alone: still open as of Wednesday, so nobody has a rate.
    @Test func thePeriodAndTheOpenWeekLimitWhatCounts() {
        let w03 = ExecutionRateReport.byGroup(
            tallies: tallies, grouping: .eachPerson, weeks: F.week(2026, 3)...F.week(2026, 3), asOf: asOf, calendar: F.calendar)
        #expect(w03[Fixture.personID(1)]!.overall == ExecutionRate(planned: 3, doneOnTime: 2))
        let w04 = ExecutionRateReport.byGroup(
            tallies: tallies, grouping: .eachPerson, weeks: F.week(2026, 4)...F.week(2026, 4), asOf: asOf, calendar: F.calendar)
        #expect(w04.isEmpty)
        // A week later W04 has ended: m2 was done in its week.
        let later = ExecutionRateReport.byGroup(
            tallies: tallies, grouping: .eachPerson, weeks: F.week(2026, 4)...F.week(2026, 4), asOf: F.date(2026, 1, 26, 0, 0),
            calendar: F.calendar)
        #expect(later[Fixture.personID(1)]!.overall == ExecutionRate(planned: 1, doneOnTime: 1))
    }

    @Test func nothingPlannedHasNoRate() {
        #expect(ExecutionRateReport.byGroup(
            tallies: [], grouping: .eachPerson, weeks: F.week(2026, 1)...F.week(2026, 10), asOf: asOf, calendar: F.calendar).isEmpty)
        #expect(ExecutionRate().rate == nil)
    }
}
