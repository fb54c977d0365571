import Foundation
import Testing
@testable import SalesDomain

@Suite struct PressureReportTests {
    typealias F = ExecutionFixture

    static func tally(
        _ person: Int, _ week: Int, _ type: ActivityType, scheduled: Int, movedOut: Int = 0, dropped: Int = 0, minutes: Int
    ) -> WeeklyActivityTally {
        WeeklyActivityTally(
            key: .init(personID: Fixture.personID(person), week: F.week(2026, week), activityType: type),
            scheduledActivities: scheduled, scheduledMinutes: minutes, movedOut: movedOut, dropped: dropped)
    }

    /// Capacity 40 h (person 2: 20 h, person 1 on leave in W05); threshold 1.1 → high-load
    /// above 44 h (22 h for person 2). As of Tue 3 Feb (W06), so W06 does not count.
    ///
    /// | person | week | prospecting sched/pushed | meeting sched/pushed | crm_admin | hours | load | class |
    /// |---|---|---|---|---|---|---|---|
    /// | 1 | W02 | 10 / 1 | 10 / 0 | 2 / 0 | 15 + 15 = 30 | .75 | normal |
    /// | 1 | W03 | 10 / 6 (4 moved, 2 dropped) | 10 / 1 | — | 25 + 25 = 50 | 1.25 | high |
    /// | 1 | W04 | 4 / 0 | 4 / 1 | — | 22 + 22 = 44 | 1.1 | normal (not above) |
    /// | 1 | W05 | 2 / 2 | — | — | 2 | capacity 0 | left out |
    /// | 1 | W06 | 5 / 5 | — | — | 100 | — | open week, left out |
    /// | 2 | W03 | 5 / 1 | — | — | 25 of 20 | 1.25 | high |
    let tallies = [
        tally(1, 2, .prospecting, scheduled: 10, movedOut: 1, minutes: 900), tally(1, 2, .meeting, scheduled: 10, minutes: 900),
        tally(1, 2, .crmAdmin, scheduled: 2, minutes: 0),
        tally(1, 3, .prospecting, scheduled: 10, movedOut: 4, dropped: 2, minutes: 1500),
        tally(1, 3, .meeting, scheduled: 10, movedOut: 1, minutes: 1500),
        tally(1, 4, .prospecting, scheduled: 4, minutes: 1320), tally(1, 4, .meeting, scheduled: 4, dropped: 1, minutes: 1320),
        tally(1, 5, .prospecting, scheduled: 2, dropped: 2, minutes: 120),
        tally(1, 6, .prospecting, scheduled: 5, movedOut: 5, minutes: 6000),
        tally(2, 3, .prospecting, scheduled: 5, movedOut: 1, minutes: 1500),
    ]
    let policy = PressurePolicy(capacity: WeeklyCapacity(overrides: [
        .init(personID: Fixture.personID(2), hours: 20),
        .init(personID: Fixture.personID(1), week: ExecutionFixture.week(2026, 5), hours: 0),
    ]))
    let asOf = F.date(2026, 2, 3)
    let span = F.week(2026, 1)...F.week(2026, 10)

    /// Person 1: high = {W03}, normal = {W02, W04}, zero capacity = {W05}.
    /// prospecting: high 6/10 = .6, normal (1 + 0)/(10 + 4) = 1/14 → difference .6 − 1/14 ≈ .529
    /// meeting: high 1/10 = .1, normal (0 + 1)/(10 + 4) = 1/14 → difference ≈ .029
    /// crm_admin: normal only (0/2) → no difference, listed last.
    @Test func perPersonHandComputed() {
        let report = PressureReport.byGroup(
            tallies: tallies, grouping: .eachPerson, weeks: span, asOf: asOf, policy: policy, calendar: F.calendar
        )[Fixture.personID(1)]!
        #expect(report.highLoadWeeks == 1)
        #expect(report.normalWeeks == 2)
        #expect(report.zeroCapacityWeeks == 1)
        #expect(report.comparisons.map(\.activityType) == [.prospecting, .meeting, .crmAdmin])
        #expect(report.comparisons[0].highLoad == PostponementRate(scheduled: 10, pushedOut: 6))
        #expect(report.comparisons[0].normal == PostponementRate(scheduled: 14, pushedOut: 1))
        #expect(report.comparisons[0].difference == 6.0 / 10.0 - 1.0 / 14.0)
        #expect(report.comparisons[1].difference == 1.0 / 10.0 - 1.0 / 14.0)
        #expect(report.comparisons[2].highLoad.rate == nil)
        #expect(report.comparisons[2].normal.rate == 0)
        #expect(report.comparisons[2].difference == nil)
        // One high-load week is below the minimum of four: no difference is shown.
        #expect(report.comparisons.allSatisfy { !$0.hasEnoughData && $0.shownDifference == nil })
    }

    /// The minimum, hand-counted: four high-load and four normal weeks of person 1, each with
    /// 3 calls scheduled (12 per kind of week) and 1 meeting (4 per kind).
    ///
    /// | weeks | load | call sched / pushed | meeting sched / pushed |
    /// |---|---|---|---|
    /// | W02–W05 | 50 h / 40 = 1.25, high | 3 / 2 each → 8 of 12 | 1 / 1 each → 4 of 4 |
    /// | W06–W09 | 20 h / 40 = .5, normal | 3 / 0 each → 0 of 12 | 1 / 0 each → 0 of 4 |
    ///
    /// call: 4 + 4 weeks, 12 + 12 planned → shown, 8/12 − 0 = +.667. meeting: 4 planned on each
    /// side, below 10 → not enough data though its arithmetic is +1, and it sorts after call.
    /// With only W02–W04 high (three weeks) nothing is shown.
    @Test func aDifferenceIsShownOnlyAboveTheMinimum() {
        var tallies: [WeeklyActivityTally] = []
        for week in 2...9 {
            let high = week <= 5
            tallies.append(Self.tally(1, week, .call, scheduled: 3, movedOut: high ? 2 : 0, minutes: high ? 2_400 : 1_000))
            tallies.append(Self.tally(1, week, .meeting, scheduled: 1, movedOut: high ? 1 : 0, minutes: high ? 600 : 200))
        }
        let asOf = F.date(2026, 3, 2)
        let report = PressureReport.byGroup(tallies: tallies, grouping: .eachPerson, weeks: span, asOf: asOf, calendar: F.calendar)[Fixture.personID(1)]!
        #expect([report.highLoadWeeks, report.normalWeeks] == [4, 4] as [Int])
        #expect(report.minimum == PressureMinimum(weeks: 4, plannedActivities: 10))
        #expect(report.comparisons.map(\.activityType) == [.call, .meeting])
        #expect(report.comparisons[0].highLoad == PostponementRate(scheduled: 12, pushedOut: 8))
        #expect(report.comparisons[0].hasEnoughData)
        #expect(report.comparisons[0].shownDifference == 8.0 / 12.0)
        #expect(report.comparisons[1].difference == 1)
        #expect(!report.comparisons[1].hasEnoughData)
        #expect(report.comparisons[1].shownDifference == nil)

        let threeLoaded = tallies.filter { $0.week != F.week(2026, 5) }
        let short = PressureReport.byGroup(tallies: threeLoaded, grouping: .eachPerson, weeks: span, asOf: asOf, calendar: F.calendar)[Fixture.personID(1)]!
        #expect(short.highLoadWeeks == 3)
        #expect(short.comparisons.allSatisfy { !$0.hasEnoughData })
        // A looser minimum shows both.
        let loose = PressureReport.byGroup(
            tallies: tallies, grouping: .eachPerson, weeks: span, asOf: asOf, minimum: PressureMinimum(weeks: 1, plannedActivities: 1),
            calendar: F.calendar)[Fixture.personID(1)]!
        #expect(loose.comparisons.map(\.shownDifference) == [1, 8.0 / 12.0])
    }

    /// Team 1 adds person 2's high-load W03 (load 25/20): high-load weeks 2, normal 2, zero 1;
    /// prospecting high (6 + 1)/(10 + 5) = 7/15, normal still 1/14.
    @Test func perTeamPoolsEachPersonsOwnLoad() {
        let report = PressureReport.byGroup(
            tallies: tallies, grouping: .byTeam(F.people), weeks: span, asOf: asOf, policy: policy, calendar: F.calendar
        )[Fixture.teamID(1)]!
        #expect([report.highLoadWeeks, report.normalWeeks, report.zeroCapacityWeeks] == [2, 2, 1] as [Int])
        #expect(report.comparisons[0].activityType == .prospecting)
        #expect(report.comparisons[0].highLoad == PostponementRate(scheduled: 15, pushedOut: 7))
        #expect(report.comparisons[0].difference == 7.0 / 15.0 - 1.0 / 14.0)
    }

    /// With the default 40 h for everyone, person 2's W03 (25 h) is normal: 25/40 = .625.
    @Test func theDefaultCapacityIsFortyHours() {
        let report = PressureReport.byGroup(
            tallies: tallies, grouping: .eachPerson, weeks: span, asOf: asOf, calendar: F.calendar)[Fixture.personID(2)]!
        #expect([report.highLoadWeeks, report.normalWeeks] == [0, 1] as [Int])
        #expect(report.comparisons.first?.normal == PostponementRate(scheduled: 5, pushedOut: 1))
    }

    /// Nobody has capacity: every person-week is left out and nothing is compared.
    @Test func zeroCapacityWeeksAreLeftOut() {
        let report = PressureReport.byGroup(
            tallies: tallies, grouping: .eachPerson, weeks: span, asOf: asOf,
            policy: PressurePolicy(capacity: WeeklyCapacity(defaultHours: 0)), calendar: F.calendar
        )[Fixture.personID(1)]!
        #expect([report.highLoadWeeks, report.normalWeeks, report.zeroCapacityWeeks] == [0, 0, 4] as [Int])
        #expect(report.comparisons.isEmpty)
    }

    @Test func noTalliesGiveNoReports() {
        #expect(PressureReport.byGroup(tallies: [], grouping: .eachPerson, weeks: span, asOf: asOf, calendar: F.calendar).isEmpty)
    }

    /// The seller who drops prospecting when loaded, from raw activities:
    /// W02: six 8-hour customer meetings (48 h) and a 1-hour prospecting block that is dropped
    /// → 49 h / 40 = 1.225, high-load. W03: one 1-hour meeting and one 1-hour prospecting block,
    /// both done → normal.
    /// prospecting: high 1/1 = 1, normal 0/1 = 0 → +1; meeting: high 0/6, normal 0/1 → 0.
    @Test func fromActivitiesThroughTallies() {
        var activities = (1...6).map { F.activity($0, .meeting, planned: F.date(2026, 1, 5 + $0 % 5), done: F.date(2026, 1, 5 + $0 % 5), minutes: 480) }
        activities.append(F.activity(7, .prospecting, planned: F.date(2026, 1, 9), minutes: 60))
        activities.append(F.activity(8, .meeting, planned: F.date(2026, 1, 13), done: F.date(2026, 1, 13), minutes: 60))
        activities.append(F.activity(9, .prospecting, planned: F.date(2026, 1, 14), done: F.date(2026, 1, 14), minutes: 60))
        let tallies = WeeklyActivityTally.tallies(
            activities: activities, postponements: [F.dropped(1, activity: 7, from: F.date(2026, 1, 9))], calendar: F.calendar)
        let report = PressureReport.byGroup(tallies: tallies, grouping: .eachPerson, weeks: span, asOf: asOf, calendar: F.calendar)[Fixture.personID(1)]!
        #expect([report.highLoadWeeks, report.normalWeeks] == [1, 1] as [Int])
        #expect(report.comparisons.map(\.activityType) == [.prospecting, .meeting])
        #expect(report.comparisons.map(\.difference) == [1, 0])
    }
}
