import Foundation
import Testing
@testable import SalesDomain

@Suite struct DealScreenTests {
    typealias F = ExecutionFixture

    /// An open deal's stages as of Thursday 2 April 2026, 09:00 in Stockholm (summer time began
    /// on Sunday 29 March):
    ///
    /// | stage | entered (local) | left (local) | days |
    /// |---|---|---|---|
    /// | qualification | Mon 5 Jan 09:00 | Mon 2 Feb 09:00 | 28 |
    /// | proposal | Mon 2 Feb 09:00 | Fri 27 Mar 23:30 | 53 (28 to 2 Mar, then 25 to 27 Mar) |
    /// | negotiation | Fri 27 Mar 23:30 | still here | 6 (27 Mar → 2 Apr: calendar days, not 24-hour periods) |
    ///
    /// The second entry into qualification on 12 January repeats the stage the deal was in and
    /// does not split its stay.
    @Test func daysPerStageAreCalendarDaysBetweenTransitions() {
        let deal = F.deal(1, stage: "negotiation")
        let history = F.history(deal, [
            ("qualification", F.date(2026, 1, 5)), ("qualification", F.date(2026, 1, 12)), ("proposal", F.date(2026, 2, 2)),
            ("negotiation", F.date(2026, 3, 27, 23, 30)),
        ])

        // MUT
        let steps = history.stageSteps(asOf: F.date(2026, 4, 2), calendar: F.calendar)

        // validate
        #expect(steps == [
            DealStageStep(stage: "qualification", enteredAt: F.date(2026, 1, 5), leftAt: F.date(2026, 2, 2), days: 28),
            DealStageStep(stage: "proposal", enteredAt: F.date(2026, 2, 2), leftAt: F.date(2026, 3, 27, 23, 30), days: 53),
            DealStageStep(stage: "negotiation", enteredAt: F.date(2026, 3, 27, 23, 30), leftAt: nil, days: 6),
        ])
        #expect(steps.map(\.isCurrent) == [false, false, true])
    }

    /// A deal won on 10 March: its last stay ends at the close, and a transition exported after
    /// the close is not part of its history.
    ///
    /// | stage | entered | left | days |
    /// |---|---|---|---|
    /// | proposal | 1 Mar | 5 Mar | 4 |
    /// | negotiation | 5 Mar | 10 Mar (closed) | 5 |
    @Test func aClosedDealsLastStageEndsAtItsClose() {
        let closed = F.date(2026, 3, 10, 12)
        let history = F.history(F.deal(2, stage: "negotiation", outcome: .won, closed: closed), [
            ("proposal", F.date(2026, 3, 1)), ("negotiation", F.date(2026, 3, 5)), ("closing", F.date(2026, 3, 20)),
        ])

        let steps = history.stageSteps(asOf: F.date(2026, 6, 1), calendar: F.calendar)

        #expect(steps.map(\.stage) == ["proposal", "negotiation"])
        #expect(steps.map(\.days) == [4, 5])
        #expect(steps.last?.leftAt == closed)
        #expect(steps.allSatisfy { !$0.isCurrent })
    }

    @Test func aDealWithoutTransitionsHasNoSteps() {
        #expect(F.history(F.deal(3, stage: "proposal"), []).stageSteps(asOf: F.date(2026, 4, 2), calendar: F.calendar).isEmpty)
    }

    /// The stall rule: strictly more whole days than the bar; no bar, no judgement.
    ///
    /// | days | bar | judged | stalled | over |
    /// |---|---|---|---|---|
    /// | 12 | 10 | yes | yes | 2 |
    /// | 10 | 10 | yes | no | 0 |
    /// | 15 | 16.5 | yes | no | −1.5 |
    /// | 40 | — | no | no | — |
    @Test func aDealIsStalledOnlyPastItsBar() {
        let cases: [(Int, Double?, Bool, Bool, Double?)] = [
            (12, 10, true, true, 2), (10, 10, true, false, 0), (15, 16.5, true, false, -1.5), (40, nil, false, false, nil),
        ]
        for (days, bar, judged, stalled, over) in cases {
            let stall = DealStall(daysInStage: days, barDays: bar, basis: bar == nil ? nil : .team)
            #expect(stall.isJudged == judged, "\(days) against \(String(describing: bar))")
            #expect(stall.isStalled == stalled, "\(days) against \(String(describing: bar))")
            #expect(stall.daysOver == over, "\(days) against \(String(describing: bar))")
        }
    }

    @Test func aDealIsNamedByItsTitleElseItsExternalID() {
        #expect(DealLabel(title: "Fjordline renewal", externalID: "CRM-7", accountName: "Fjordline AB").name == "Fjordline renewal")
        #expect(DealLabel(title: "  ", externalID: "CRM-7", accountName: nil).name == "CRM-7")
        #expect(DealLabel(title: nil, externalID: " CRM-8 ", accountName: nil).name == "CRM-8")
        #expect(DealLabel(title: nil, externalID: nil, accountName: "Fjordline AB").name == nil)
    }

    @Test func anActivitysStateIsDoneBeforeOverdueBeforePostponed() {
        let done = F.activity(1, "meeting", planned: F.date(2026, 3, 2), done: F.date(2026, 3, 4))
        let open = F.activity(2, "call", planned: F.date(2026, 3, 9))
        func state(_ activity: Activity, moved: Int, asOf: Date) -> DealActivity.State {
            DealActivity(activity: activity, postponements: moved, asOf: asOf, calendar: F.calendar).state
        }
        #expect(state(done, moved: 1, asOf: F.date(2026, 3, 20)) == .done)
        // On its own day it is not late yet; from the next day it is, moved or not.
        #expect(state(open, moved: 2, asOf: F.date(2026, 3, 9)) == .postponed)
        #expect(state(open, moved: 0, asOf: F.date(2026, 3, 9)) == .planned)
        #expect(state(open, moved: 2, asOf: F.date(2026, 3, 10)) == .overdue)
        #expect(state(open, moved: 0, asOf: F.date(2026, 3, 10)) == .overdue)
    }

    @Test func theCurrentStageIsAnOpenDealsRunningStay() {
        let owner = Fixture.person(1, team: 1)
        let steps = [
            DealStageStep(stage: "proposal", enteredAt: F.date(2026, 3, 1), leftAt: F.date(2026, 3, 5), days: 4),
            DealStageStep(stage: "negotiation", enteredAt: F.date(2026, 3, 5), leftAt: nil, days: 9),
        ]
        func screen(_ outcome: DealOutcome, _ steps: [DealStageStep]) -> DealScreen {
            DealScreen(
                deal: F.deal(1, stage: "negotiation", outcome: outcome, closed: outcome == .open ? nil : F.date(2026, 3, 14)),
                label: DealLabel(title: nil, externalID: "CRM-1", accountName: nil), productName: nil, owner: owner, stages: steps,
                stall: nil, activities: [], activityTotal: 0, asOf: F.date(2026, 3, 14))
        }
        #expect(screen(.open, steps).currentStage?.stage == "negotiation")
        #expect(screen(.open, Array(steps.prefix(1))).currentStage == nil)
        #expect(screen(.won, steps).currentStage == nil)
    }
}
