import Foundation
import Testing
@testable import SalesDomain

/// One seller's KPI report: its weeks, targets, status and outcomes, by hand.
struct SellerKPIReportTests {
    typealias F = ExecutionFixture
    let seller = Fixture.person(1, team: 3)

    @Test func theWindowIsThirteenCompleteWeeksBeforeTheRunningOne() {
        // Wed 1 Apr 2026 is in W14; the report covers W01–W13.
        let weeks = SellerKPIReport.weeks(asOf: F.date(2026, 4, 1), calendar: F.calendar)
        #expect(weeks == F.week(2026, 1)...F.week(2026, 13))
    }

    @Test func recentWeeksAgainstTheTargetWithAnOwnTargetOverTheDefault() {
        let weeks = F.week(2026, 1)...F.week(2026, 13)
        // Meetings: 2 a week in W02–W09 (before and earlier), 6 a week in W10–W13 (recent).
        let tallies = ISOWeek.all(in: F.week(2026, 2)...F.week(2026, 13)).map { week in
            ScopeWeekTally(
                key: .init(week: week, activityType: .meeting), plannedActivities: 1, doneByPlannedWeek: 1, scheduledActivities: 1,
                doneActivities: week >= F.week(2026, 10) ? 6 : 2, doneMinutes: 60)
        }
        let inputs = KPIWeekInputs(tallies: tallies, workCategories: .defaults)
        let ownTarget = KPITarget(personID: seller.id, kpiKey: "customer_meetings_per_week", value: 7, setBy: Fixture.personID(9), setAt: F.date(2026, 3, 1))
        let report = SellerKPIReport(
            person: seller, weeks: weeks, inputs: inputs, targets: [ownTarget], deals: [], calendar: F.calendar,
            viewerSetsTargets: true, viewerEnters: true)
        #expect(report.recentWeeks == F.week(2026, 10)...F.week(2026, 13))
        #expect(report.beforeWeeks == F.week(2026, 6)...F.week(2026, 9))
        let meetings = report.behaviours.first { $0.kpi.key == "customer_meetings_per_week" }!
        #expect(meetings.weekly.count == 13)
        #expect(meetings.weekly.first?.figure == .empty) // W01 had no activity
        #expect(meetings.recent.value == 6)
        #expect(meetings.before.value == 2)
        #expect(meetings.target == 7)
        #expect(meetings.status == .notMet) // 6 a week against the seller's own 7, though above the default 5
        let prospecting = report.behaviours.first { $0.kpi.key == "prospecting_on_time" }!
        #expect(prospecting.status == .noData)
        #expect(prospecting.target == 0.8)
        #expect(prospecting.ownTarget == nil)
        #expect(report.behaviours.map(\.kpi.key) == KPICatalog.all.map(\.key))
    }

    @Test func outcomesCountClosedDealsByWeekWithWinRateAndCycleTime() {
        let weeks = F.week(2026, 2)...F.week(2026, 4)
        func deal(_ n: Int, _ outcome: DealOutcome, created: Date, closed: Date?, value: Decimal, owner: Int = 1) -> Deal {
            Deal(id: F.dealID(n), ownerID: Fixture.personID(owner), stage: "s", value: value, createdAt: created, closedAt: closed, outcome: outcome)
        }
        let deals = [
            deal(1, .won, created: F.date(2026, 1, 1), closed: F.date(2026, 1, 7), value: 1000),   // W02, 6 days
            deal(2, .won, created: F.date(2026, 1, 5), closed: F.date(2026, 1, 15), value: 500),   // W03, 10 days
            deal(3, .lost, created: F.date(2026, 1, 5), closed: F.date(2026, 1, 16), value: 800),  // W03
            deal(4, .won, created: F.date(2025, 12, 1), closed: F.date(2026, 1, 2), value: 9000),  // W01: outside
            deal(5, .won, created: F.date(2026, 1, 5), closed: F.date(2026, 1, 8), value: 7000, owner: 2), // another seller
        ]
        let outcomes = OutcomeKPIs.of(deals.filter { $0.ownerID == seller.id }, weeks: weeks, calendar: F.calendar)
        #expect(outcomes.weekly.map(\.won) == [1, 1, 0])
        #expect(outcomes.weekly.map(\.lost) == [0, 1, 0])
        #expect(outcomes.wonValue == 1500)
        #expect(outcomes.results.winRate == 2.0 / 3.0)
        #expect(outcomes.results.medianCycleDays == 8) // median of 6 and 10
        let report = SellerKPIReport(
            person: seller, weeks: weeks, inputs: KPIWeekInputs(tallies: [], workCategories: .defaults), targets: [], deals: deals,
            calendar: F.calendar, viewerSetsTargets: false, viewerEnters: true)
        #expect(report.outcomes == outcomes)
    }
}
