import Foundation
import Testing
@testable import SalesDomain

@Suite struct StageVelocityTests {
    typealias F = ExecutionFixture
    let pipeline = DealPipeline.standard // prospecting → qualification → proposal → negotiation

    /// Person 1's deals (days in brackets, calendar days between the dates):
    /// - D1 won: prospecting 5 Jan [7] → qualification 12 Jan [10] → proposal 22 Jan [10] →
    ///   negotiation 1 Feb [10] → won 11 Feb
    /// - D2 lost: prospecting 5 Jan [3] → qualification 8 Jan [12] → lost 20 Jan
    /// - D3 open: prospecting 6 Jan [10] → qualification 16 Jan, still there
    /// - D4 won, skipping qualification: prospecting 5 Jan [14] → proposal 19 Jan [14] → won 2 Feb
    /// - D5 open, no stage history
    var histories: [DealHistory] {
        [
            F.history(F.deal(1, stage: "negotiation", outcome: .won, closed: F.date(2026, 2, 11)), [
                ("prospecting", F.date(2026, 1, 5)), ("qualification", F.date(2026, 1, 12)),
                ("proposal", F.date(2026, 1, 22)), ("negotiation", F.date(2026, 2, 1)),
            ]),
            F.history(F.deal(2, stage: "qualification", outcome: .lost, closed: F.date(2026, 1, 20)), [
                ("prospecting", F.date(2026, 1, 5)), ("qualification", F.date(2026, 1, 8)),
            ]),
            F.history(F.deal(3, stage: "qualification"), [
                ("prospecting", F.date(2026, 1, 6)), ("qualification", F.date(2026, 1, 16)),
            ]),
            F.history(F.deal(4, stage: "proposal", outcome: .won, closed: F.date(2026, 2, 2)), [
                ("prospecting", F.date(2026, 1, 5)), ("proposal", F.date(2026, 1, 19)),
            ]),
            F.history(F.deal(5, stage: "proposal"), []),
        ]
    }

    @Test func staysRunFromEntryToTheNextEntryOrTheClose() {
        let stays = histories[0].stays
        #expect(stays.map(\.stage) == ["prospecting", "qualification", "proposal", "negotiation"])
        #expect(stays.map { $0.days(asOf: F.date(2026, 3, 1), calendar: F.calendar) } == [7, 10, 10, 10])
        #expect(histories[0].currentStay == nil)
        #expect(histories[2].currentStay?.stage == "qualification")
        #expect(histories[4].stays.isEmpty)
        #expect(histories[4].currentStay == nil)
    }

    @Test func repeatedImportsOfTheSameStageDoNotSplitAStay() {
        let deal = F.deal(1, stage: "proposal")
        let history = F.history(deal, [
            ("proposal", F.date(2026, 1, 12)), ("prospecting", F.date(2026, 1, 5)), ("proposal", F.date(2026, 1, 19)),
        ])
        #expect(history.transitions.map(\.enteredAt) == [F.date(2026, 1, 5), F.date(2026, 1, 12)])
        // Transitions of another deal are not this deal's.
        let other = DealHistory(deal: deal, transitions: [StageTransition(dealID: F.dealID(2), stage: "x", enteredAt: F.date(2026, 1, 1))])
        #expect(!other.hasHistory)
    }

    /// | stage | completed days | median | p75 (type 7) | mean | current |
    /// |---|---|---|---|---|---|
    /// | prospecting | 3, 7, 10, 14 | (7+10)/2 = 8.5 | h = 2.25 → 10 + .25·4 = 11 | 34/4 = 8.5 | 0 |
    /// | qualification | 10, 12 | 11 | h = .75 → 10 + .75·2 = 11.5 | 11 | 1 (D3) |
    /// | proposal | 10, 14 | 12 | h = .75 → 10 + .75·4 = 13 | 12 | 0 |
    /// | negotiation | 10 | 10 | 10 | 10 | 0 |
    /// D5 has no history and is not counted anywhere.
    @Test func timeInEachStage() {
        let times = StageVelocity.timeInStage(histories: histories, pipeline: pipeline, grouping: .eachPerson, calendar: F.calendar)[Fixture.personID(1)]!
        #expect(times == [
            StageTime(stage: "prospecting", completedDeals: 4, currentDeals: 0, medianDays: 8.5, percentile75Days: 11, meanDays: 8.5),
            StageTime(stage: "qualification", completedDeals: 2, currentDeals: 1, medianDays: 11, percentile75Days: 11.5, meanDays: 11),
            StageTime(stage: "proposal", completedDeals: 2, currentDeals: 0, medianDays: 12, percentile75Days: 13, meanDays: 12),
            StageTime(stage: "negotiation", completedDeals: 1, currentDeals: 0, medianDays: 10, percentile75Days: 10, meanDays: 10),
        ])
    }

    /// | stage | entered | advanced | lost here | open here | rate |
    /// |---|---|---|---|---|---|
    /// | prospecting | D1 D2 D3 D4 = 4 | all 4 | 0 | 0 | 1 |
    /// | qualification | D1 D2 D3 = 3 | D1 = 1 | D2 | D3 | 1/3 (decided 1/2) |
    /// | proposal | D1 D4 = 2 | D1 (negotiation), D4 (won) = 2 | 0 | 0 | 1 |
    /// | negotiation | D1 = 1 | D1 (won) | 0 | 0 | 1 |
    @Test func stageToStageConversion() {
        let conversions = StageVelocity.conversion(histories: histories, pipeline: pipeline, grouping: .eachPerson)[Fixture.personID(1)]!
        #expect(conversions == [
            StageConversion(stage: "prospecting", entered: 4, advanced: 4),
            StageConversion(stage: "qualification", entered: 3, advanced: 1, lostHere: 1, openHere: 1),
            StageConversion(stage: "proposal", entered: 2, advanced: 2),
            StageConversion(stage: "negotiation", entered: 1, advanced: 1),
        ])
        #expect(conversions[1].rate == 1.0 / 3.0)
        #expect(conversions[1].decidedRate == 0.5)
    }

    /// Only deals that first entered qualification in 12–18 Jan: D1 (12 Jan) and D3 (16 Jan);
    /// D1 advanced, D3 is still there → 1 of 2. Their time in qualification: D1's 10 days.
    @Test func aPeriodSelectsTheCohortThatEnteredTheStage() {
        let week3 = F.calendar.dateRange(of: F.week(2026, 3)...F.week(2026, 3))
        let conversion = StageVelocity.conversion(histories: histories, pipeline: pipeline, grouping: .eachPerson, enteredIn: week3)[Fixture.personID(1)]!
        #expect(conversion[1] == StageConversion(stage: "qualification", entered: 2, advanced: 1, openHere: 1))
        #expect(conversion[0].entered == 0)
        let times = StageVelocity.timeInStage(
            histories: histories, pipeline: pipeline, grouping: .eachPerson, enteredIn: week3, calendar: F.calendar)[Fixture.personID(1)]!
        #expect(times[1] == StageTime(stage: "qualification", completedDeals: 1, currentDeals: 1, medianDays: 10, percentile75Days: 10, meanDays: 10))
    }

    /// A stage outside the pipeline is still timed (after the pipeline's stages) but has no
    /// conversion; an empty stage shows zeros, not an absence.
    @Test func unknownAndEmptyStages() throws {
        let pipeline = try DealPipeline(["a", "b"])
        let history = F.history(F.deal(1, stage: "legal", outcome: .won, closed: F.date(2026, 1, 20)), [
            ("a", F.date(2026, 1, 5)), ("legal", F.date(2026, 1, 10)),
        ])
        let times = StageVelocity.timeInStage(histories: [history], pipeline: pipeline, grouping: .eachPerson, calendar: F.calendar)[Fixture.personID(1)]!
        #expect(times.map(\.stage) == ["a", "b", "legal"])
        #expect(times[1] == StageTime(stage: "b", completedDeals: 0, currentDeals: 0, medianDays: nil, percentile75Days: nil, meanDays: nil))
        #expect(times[2].medianDays == 10)
        let conversion = StageVelocity.conversion(histories: [history], pipeline: pipeline, grouping: .eachPerson)[Fixture.personID(1)]!
        #expect(conversion == [StageConversion(stage: "a", entered: 1, advanced: 1), StageConversion(stage: "b")])
    }

    @Test func noDealsGiveNoGroups() {
        #expect(StageVelocity.timeInStage(histories: [], pipeline: pipeline, grouping: .eachPerson, calendar: F.calendar).isEmpty)
        #expect(StageVelocity.conversion(histories: [], pipeline: pipeline, grouping: .eachPerson).isEmpty)
        // Deals without history say nothing about stages.
        #expect(StageVelocity.conversion(histories: [histories[4]], pipeline: pipeline, grouping: .eachPerson).isEmpty)
    }
}
