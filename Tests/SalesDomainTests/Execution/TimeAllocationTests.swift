import Foundation
import Testing
@testable import SalesDomain

@Suite struct TimeAllocationTests {
    typealias F = ExecutionFixture

    static func tally(_ person: Int, _ week: Int, _ type: ActivityType, doneMinutes: Int) -> WeeklyActivityTally {
        WeeklyActivityTally(
            key: .init(personID: Fixture.personID(person), week: F.week(2026, week), activityType: type),
            doneActivities: 1, doneMinutes: doneMinutes)
    }

    /// Done minutes (people 1 and 2 in team 1, person 3 in team 2):
    ///
    /// | person | week | type → category | minutes |
    /// |---|---|---|---|
    /// | 1 | W02 | call → selling | 120 |
    /// | 1 | W02 | crm_admin → supporting | 60 |
    /// | 1 | W02 | training → internal | 60 |
    /// | 1 | W03 | meeting → selling | 90 |
    /// | 1 | W03 | task → supporting (unmapped) | 30 |
    /// | 1 | W05 | call → selling | 100 (outside W02…W04) |
    /// | 2 | W02 | demo → selling | 60 |
    /// | 2 | W02 | internal_meeting → internal | 60 |
    /// | 3 | W02 | call → selling | 240 |
    let tallies = [
        tally(1, 2, .call, doneMinutes: 120), tally(1, 2, .crmAdmin, doneMinutes: 60), tally(1, 2, .training, doneMinutes: 60),
        tally(1, 3, .meeting, doneMinutes: 90), tally(1, 3, "task", doneMinutes: 30), tally(1, 5, .call, doneMinutes: 100),
        tally(2, 2, .demo, doneMinutes: 60), tally(2, 2, .internalMeeting, doneMinutes: 60),
        tally(3, 2, .call, doneMinutes: 240),
    ]
    let span = F.week(2026, 2)...F.week(2026, 4)

    /// Person 1: selling 120 + 90 = 210, supporting 60 + 30 = 90, internal 60; total 360.
    /// Shares 210/360, 90/360 = .25, 60/360. By week: W02 120/240 = .5 selling; W03 90/120 = .75
    /// selling, .25 supporting, 0 internal; W04 nothing, so no shares.
    @Test func perPersonTotalsAndWeeklyTrend() {
        let reports = TimeAllocationReport.byGroup(tallies: tallies, rules: .defaults, grouping: .eachPerson, weeks: span, asOf: .distantFuture, calendar: .stockholm)
        let first = reports[Fixture.personID(1)]!
        #expect(first.total == TimeAllocation(sellingMinutes: 210, supportingMinutes: 90, internalMinutes: 60))
        #expect(first.total.share(of: .selling) == 210.0 / 360.0)
        #expect(first.total.share(of: .supporting) == 0.25)
        #expect(first.total.hours(in: .selling) == 3.5)
        #expect(first.weeks.map(\.week) == [F.week(2026, 2), F.week(2026, 3), F.week(2026, 4)])
        #expect(first.weeks.map { $0.allocation.share(of: .selling) } == [0.5, 0.75, nil])
        #expect(first.weeks.map { $0.allocation.share(of: .internal) } == [0.25, 0, nil])
        #expect(reports.count == 3)
    }

    /// Hours beside the shares, and the running week marked: on Wednesday 2026-01-14 (W03)
    /// person 1's W02 holds 240 minutes = 4 h and W03 so far 120 minutes = 2 h, in progress;
    /// W04 has not started (0 h, not in progress).
    @Test func weeklyHoursAndTheRunningWeek() {
        let asOf = F.date(2026, 1, 14)
        let first = TimeAllocationReport.byGroup(
            tallies: tallies, rules: .defaults, grouping: .eachPerson, weeks: span, asOf: asOf, calendar: F.calendar)[Fixture.personID(1)]!
        #expect(first.weeks.map(\.hours) == [4, 2, 0])
        #expect(first.weeks.map(\.inProgress) == [false, true, false])
        // The week after the span's end: nothing in the span is running.
        let later = TimeAllocationReport.byGroup(
            tallies: tallies, rules: .defaults, grouping: .eachPerson, weeks: span, asOf: F.date(2026, 1, 26), calendar: F.calendar)
        #expect(later[Fixture.personID(1)]!.weeks.allSatisfy { !$0.inProgress })
    }

    /// The default span ends with the last ended week, whatever the day of the running week:
    /// Monday 2026-12-07 00:30 and Sunday 2026-12-13 23:30 (W50) both give W37…W49; Sunday
    /// 2026-12-06 23:30, still W49, gives W36…W48.
    @Test func theDefaultSpanEndsWithTheLastEndedWeek() {
        #expect(F.calendar.defaultAnalysisWeeks(asOf: F.date(2026, 12, 7, 0, 30)) == F.week(2026, 37)...F.week(2026, 49))
        #expect(F.calendar.defaultAnalysisWeeks(asOf: F.date(2026, 12, 13, 23, 30)) == F.week(2026, 37)...F.week(2026, 49))
        #expect(F.calendar.defaultAnalysisWeeks(asOf: F.date(2026, 12, 6, 23, 30)) == F.week(2026, 36)...F.week(2026, 48))
        #expect(F.calendar.lastEndedWeek(asOf: F.date(2026, 1, 1)) == F.week(2025, 52))
    }

    /// Team 1 = people 1 + 2: selling 210 + 60 = 270, supporting 90, internal 60 + 60 = 120;
    /// total 480 → .5625 / .1875 / .25. Team 2 = person 3: all 240 selling → 1.0.
    /// With parents (team 2 sits under team 1), team 1 also holds person 3: selling 510 of 720.
    @Test func perTeamAndSubtree() {
        let byTeam = TimeAllocationReport.byGroup(tallies: tallies, rules: .defaults, grouping: .byTeam(F.people), weeks: span, asOf: .distantFuture, calendar: .stockholm)
        let team1 = byTeam[Fixture.teamID(1)]!.total
        #expect([team1.share(of: .selling), team1.share(of: .supporting), team1.share(of: .internal)] == [0.5625, 0.1875, 0.25])
        #expect(byTeam[Fixture.teamID(2)]!.total.share(of: .selling) == 1)

        let subtree = TimeAllocationReport.byGroup(
            tallies: tallies, rules: .defaults, grouping: .byTeamAndParents(F.people, hierarchy: TeamHierarchy(Fixture.teams)),
            weeks: span, asOf: .distantFuture, calendar: .stockholm)
        #expect(subtree[Fixture.teamID(1)]!.total == TimeAllocation(sellingMinutes: 510, supportingMinutes: 90, internalMinutes: 120))
        #expect(subtree[Fixture.teamID(2)]!.total.totalMinutes == 240)
    }

    /// Re-classing a type changes past weeks at once: with "task" as internal, person 1's W03
    /// becomes 90 selling / 0 supporting / 30 internal.
    @Test func rulesApplyWhenReading() {
        var rules = WorkCategoryRules.defaults
        rules.categoryByType["task"] = .internal
        let report = TimeAllocationReport.byGroup(tallies: tallies, rules: rules, grouping: .eachPerson, weeks: span, asOf: .distantFuture, calendar: .stockholm)
        #expect(report[Fixture.personID(1)]!.weeks[1].allocation == TimeAllocation(sellingMinutes: 90, supportingMinutes: 0, internalMinutes: 30))
    }

    @Test func noDataGivesNoGroups() {
        #expect(TimeAllocationReport.byGroup(tallies: [], rules: .defaults, grouping: .eachPerson, weeks: span, asOf: .distantFuture, calendar: .stockholm).isEmpty)
        // People the grouping does not know are left out.
        let nobody = PersonGrouping<Team.ID>([:])
        #expect(TimeAllocationReport.byGroup(tallies: tallies, rules: .defaults, grouping: nobody, weeks: span, asOf: .distantFuture, calendar: .stockholm).isEmpty)
        #expect(TimeAllocation().share(of: .selling) == nil)
    }

    /// From raw activities: a 90-minute meeting done in W02 and a 30-minute CRM session done
    /// in W02 → 75 % selling, 25 % supporting; a call planned in W02 but never done adds nothing.
    @Test func fromActivitiesThroughTallies() {
        let activities = [
            F.activity(1, .meeting, planned: F.date(2026, 1, 6), done: F.date(2026, 1, 6), minutes: 90),
            F.activity(2, .crmAdmin, planned: F.date(2026, 1, 8), done: F.date(2026, 1, 9), minutes: 30),
            F.activity(3, .call, planned: F.date(2026, 1, 7), minutes: 45),
        ]
        let tallies = WeeklyActivityTally.tallies(activities: activities, postponements: [], calendar: F.calendar)
        let report = TimeAllocationReport.byGroup(
            tallies: tallies, rules: .defaults, grouping: .wholeOrganization(Fixture.organization), weeks: F.week(2026, 2)...F.week(2026, 2), asOf: .distantFuture, calendar: F.calendar)
        #expect(report[Fixture.organization]!.total.share(of: .selling) == 0.75)
        #expect(report[Fixture.organization]!.total.share(of: .supporting) == 0.25)
    }
}
