import Foundation
import Testing
@testable import SalesDomain

/// The coachable KPIs' weekly figures from one seller's rollup, computed by hand. Weeks are
/// 2026-W02 (5–11 Jan) and W03 (12–18 Jan).
struct CoachableKPITests {
    let w02 = ExecutionFixture.week(2026, 2)
    let w03 = ExecutionFixture.week(2026, 3)

    func tally(_ week: ISOWeek, _ type: ActivityType, planned: Int = 0, onTime: Int = 0, done: Int = 0, minutes: Int = 0) -> ScopeWeekTally {
        ScopeWeekTally(
            key: .init(week: week, activityType: type), plannedActivities: planned, doneByPlannedWeek: onTime,
            scheduledActivities: planned, doneActivities: done, doneMinutes: minutes)
    }

    func kpi(_ key: String) -> CoachableKPI { KPICatalog.kpi(key)! }

    var inputs: KPIWeekInputs {
        KPIWeekInputs(
            tallies: [
                // W02: 3 meetings (180 min), 90 min preparation, prospecting 3 of 4 on time, 60 min CRM admin.
                tally(w02, .meeting, planned: 3, onTime: 3, done: 3, minutes: 180),
                tally(w02, .meetingPreparation, done: 2, minutes: 90),
                tally(w02, .prospecting, planned: 4, onTime: 3, done: 3, minutes: 60),
                tally(w02, .crmAdmin, done: 1, minutes: 60),
                // W03: no meeting, one training of 120 min: an active week with 0 meetings.
                tally(w03, .training, planned: 1, onTime: 1, done: 1, minutes: 120),
            ],
            entries: ["referrals_asked_per_week": [w03: 4]], workCategories: .defaults)
    }

    @Test func meetingsPerWeekCountActiveWeeksOnly() {
        let meetings = kpi("customer_meetings_per_week")
        #expect(meetings.figure(in: w02, from: inputs) == KPIFigure(numerator: 3, denominator: 1))
        #expect(meetings.figure(in: w03, from: inputs) == KPIFigure(numerator: 0, denominator: 1))
        // W04 has no activity at all: a week without data (a holiday), not a week of 0.
        #expect(meetings.figure(in: w03.next, from: inputs) == .empty)
        // Two active weeks: (3 + 0) ÷ 2.
        let window = KPIFigure.sum([w02, w03, w03.next].map { meetings.figure(in: $0, from: inputs) })
        #expect(window.value == 1.5)
    }

    @Test func onTimeIsDoneInPlannedWeekOverPlanned() {
        #expect(kpi("prospecting_on_time").figure(in: w02, from: inputs).value == 0.75)
        #expect(kpi("prospecting_on_time").figure(in: w03, from: inputs).value == nil)
    }

    @Test func preparationMinutesPerMeeting() {
        // 90 minutes of preparation ÷ 3 meetings.
        #expect(kpi("preparation_minutes_per_meeting").figure(in: w02, from: inputs).value == 30)
        #expect(kpi("preparation_minutes_per_meeting").figure(in: w03, from: inputs).value == nil)
    }

    @Test func sellingTimeShareFollowsTheWorkCategories() {
        // Selling: meeting 180 + prospecting 60 = 240 of 180 + 90 + 60 + 60 = 390 minutes.
        let figure = kpi("selling_time_share").figure(in: w02, from: inputs)
        #expect(figure == KPIFigure(numerator: 240, denominator: 390))
        #expect(kpi("selling_time_share").figure(in: w03, from: inputs).value == 0)
        // An organization that counts preparation as selling gets 330 of 390.
        var rules = WorkCategoryRules.defaults
        rules.categoryByType[.meetingPreparation] = .selling
        var custom = inputs
        custom.workCategories = rules
        #expect(kpi("selling_time_share").figure(in: w02, from: custom).numerator == 330)
    }

    @Test func enteredValuesAreTheirOwnFigure() {
        let referrals = kpi("referrals_asked_per_week")
        #expect(referrals.measure.isEntered)
        #expect(referrals.figure(in: w03, from: inputs) == KPIFigure(numerator: 4, denominator: 1))
        #expect(referrals.figure(in: w02, from: inputs) == .empty)
    }

    @Test func targetsAndValuesAreChecked() {
        let share = kpi("prospecting_on_time")
        #expect(throws: Never.self) { try share.check(0.9, field: "target") }
        #expect(throws: Never.self) { try share.check(0, field: "target") }
        #expect(problem { () throws(FieldError) in try share.check(1.2, field: "target") } == Problem(.kpiValueTooLarge, ["maximum": "100 %"]))
        #expect(problem { () throws(FieldError) in try share.check(-1, field: "target") } == Problem(.valueNegative))
        #expect(problem { () throws(FieldError) in try share.check(.nan, field: "target") } == Problem(.kpiValueNotANumber))
        #expect(problem { () throws(FieldError) in try kpi("customer_meetings_per_week").check(101, field: "target") } == Problem(.kpiValueTooLarge, ["maximum": "100"]))
    }

    private func problem(_ body: () throws(FieldError) -> Void) -> Problem? {
        do {
            try body()
            return nil
        } catch {
            #expect(error.field == "target")
            return error.problem
        }
    }
}
