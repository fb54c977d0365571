import Foundation
import Testing
@testable import SalesDomain

/// The stored group rollups must give the same reports as the per-person tallies they sum,
/// and must follow a member whose week changes load class.
@Suite struct ScopeRollupTests {
    typealias F = ExecutionFixture
    let fixture = PressureReportTests()

    @Test func groupRollupOfTwoPeopleGivesTheGroupReports() {
        let team = ScopeRollup.byGroup(tallies: fixture.tallies, grouping: .wholeOrganization(Fixture.organization), policy: fixture.policy)
        let rollup = try! #require(team[Fixture.organization])
        let expected = PressureReport.byGroup(
            tallies: fixture.tallies, grouping: .wholeOrganization(Fixture.organization), weeks: fixture.span,
            asOf: fixture.asOf, policy: fixture.policy, calendar: F.calendar)[Fixture.organization]
        #expect(PressureReport(rollup: rollup, weeks: fixture.span, asOf: fixture.asOf, calendar: F.calendar) == expected)
        // Person 1: W02, W04 normal, W03 high, W05 no capacity; W06 is open and uncounted. Person 2: W03 high.
        #expect(expected?.highLoadWeeks == 2)
        #expect(expected?.normalWeeks == 2)
        #expect(expected?.zeroCapacityWeeks == 1)
    }

    @Test func rollupIsTheSumOfItsMembersContributions() {
        let byPerson = Dictionary(grouping: fixture.tallies, by: \.personID)
        var summed = ScopeRollup.empty
        for tallies in byPerson.values { summed.add(.contribution(of: tallies, policy: fixture.policy)) }
        let whole = ScopeRollup.byGroup(tallies: fixture.tallies, grouping: .wholeOrganization(Fixture.organization), policy: fixture.policy)
        #expect(summed == whole[Fixture.organization])
        // W03 prospecting: person 1 (high, 10 scheduled / 6 pushed) + person 2 (high, 5 / 1).
        let w03 = summed.tallies[.init(week: F.week(2026, 3), activityType: .prospecting)]
        #expect(w03?.highLoad == PostponementRate(scheduled: 15, pushedOut: 7))
        #expect(w03?.normal == PostponementRate())
        #expect(w03?.scheduledMinutes == 3000)
    }

    /// Person 1's W04 is exactly at the 44 h bar (normal). One more hour of meetings makes it
    /// high-load, and the change must move the week's *other* types to the high-load column too.
    @Test func aChangeThatFlipsTheLoadClassMovesTheWholeWeek() {
        let person1 = fixture.tallies.filter { $0.personID == Fixture.personID(1) }
        let before = ScopeRollup.contribution(of: person1, policy: fixture.policy)
        var heavier = person1
        let index = try! #require(heavier.firstIndex { $0.week == F.week(2026, 4) && $0.activityType == .meeting })
        heavier[index].scheduledActivities += 1
        heavier[index].scheduledMinutes += 60
        let after = ScopeRollup.contribution(of: heavier, policy: fixture.policy)

        let delta = before.change(to: after)
        let prospecting = delta.tallies[.init(week: F.week(2026, 4), activityType: .prospecting)]
        #expect(prospecting?.normal == PostponementRate(scheduled: -4, pushedOut: 0))
        #expect(prospecting?.highLoad == PostponementRate(scheduled: 4, pushedOut: 0))
        #expect(delta.loads[F.week(2026, 4)] == LoadWeekCount(week: F.week(2026, 4), highLoadWeeks: 1, normalWeeks: -1))

        var stored = before
        stored.add(delta)
        #expect(stored == after)
        stored.subtract(delta)
        #expect(stored.pruned == before.pruned)
    }

    @Test func timeAllocationAndExecutionRateFromTheRollupMatchThePerPersonDefinition() {
        let activities = [
            F.activity(1, .prospecting, planned: F.date(2026, 1, 5), done: F.date(2026, 1, 5), minutes: 90),
            F.activity(2, .meeting, planned: F.date(2026, 1, 6), done: F.date(2026, 1, 14), minutes: 60),
            F.activity(3, .crmAdmin, owner: 2, planned: F.date(2026, 1, 7), done: F.date(2026, 1, 7), minutes: 30),
        ]
        let tallies = WeeklyActivityTally.tallies(activities: activities, postponements: [], calendar: F.calendar)
        let grouping = PersonGrouping<Organization.ID>.wholeOrganization(Fixture.organization)
        let rollup = try! #require(ScopeRollup.byGroup(tallies: tallies, grouping: grouping, policy: PressurePolicy())[Fixture.organization])
        let span = F.week(2026, 1)...F.week(2026, 4)
        let rules = WorkCategoryRules.defaults
        let asOf = F.date(2026, 1, 20)
        #expect(TimeAllocationReport(rollup: rollup, rules: rules, weeks: span, asOf: asOf, calendar: F.calendar)
            == TimeAllocationReport.byGroup(tallies: tallies, rules: rules, grouping: grouping, weeks: span, asOf: asOf, calendar: F.calendar)[Fixture.organization])
        let rate = ExecutionRateReport(rollup: rollup, weeks: span, asOf: asOf, calendar: F.calendar)
        #expect(rate == ExecutionRateReport.byGroup(tallies: tallies, grouping: grouping, weeks: span, asOf: asOf, calendar: F.calendar)[Fixture.organization])
        // Planned in W02: three activities; the meeting was done in W03, late.
        #expect(rate.overall == ExecutionRate(planned: 3, doneOnTime: 2))
    }
}
