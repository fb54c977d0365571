import Testing
@testable import SalesDomain

@Suite("Diagnosis: does — the area's signals weighted by their volume")
struct AreaExecutionTests {
    let signals = AreaSignals(areaKey: "prospecting", activityTypes: [.call, .prospecting], stages: ["prospecting"])

    @Test("Activities count with their planned volume, a stage with its decided deals")
    func weightedScore() throws {
        // Activities: 6 + 4 on time of 8 + 4 planned. Stage: seller 3 advanced, 3 lost (0.5);
        // organization 60 and 40 (0.6); score min(1, 0.5 ÷ 0.6) = 5/6 over 6 deals.
        // (10 + 5/6 · 6) ÷ (12 + 6) = 15/18 = 5/6.
        let execution = AreaExecution(
            signals: signals,
            executionByType: [.call: ExecutionRate(planned: 8, doneOnTime: 6), .prospecting: ExecutionRate(planned: 4, doneOnTime: 4),
                              .email: ExecutionRate(planned: 50, doneOnTime: 0)],
            conversionByStage: ["prospecting": StageConversion(stage: "prospecting", entered: 8, advanced: 3, lostHere: 3, openHere: 2)],
            referenceByStage: ["prospecting": StageConversion(stage: "prospecting", entered: 100, advanced: 60, lostHere: 40)],
            policy: .standard)
        #expect(execution.activities == ExecutionRate(planned: 12, doneOnTime: 10))
        #expect(execution.shortfall == 2)
        #expect(abs(try #require(execution.score) - 5.0 / 6) < 1e-12)
        #expect(execution.missing.isEmpty)
        #expect(execution.does(threshold: 0.8) == true)
        #expect(execution.does(threshold: 0.85) == false)
    }

    @Test("A stage converting better than the reference scores 1, not more")
    func stageCapped() {
        let signal = StageSignal(
            stage: "prospecting", seller: StageConversion(stage: "prospecting", advanced: 9, lostHere: 1),
            reference: StageConversion(stage: "prospecting", advanced: 1, lostHere: 1))
        #expect(signal.score == 1)
    }

    @Test("Exactly the threshold does; below the minimum volume a signal is missing, not zero")
    func boundaries() {
        let onlyCalls = AreaSignals(areaKey: "prospecting", activityTypes: [.call])
        let exact = AreaExecution(
            signals: onlyCalls, executionByType: [.call: ExecutionRate(planned: 10, doneOnTime: 8)], conversionByStage: [:],
            referenceByStage: [:], policy: .standard)
        #expect(exact.does(threshold: 0.8) == true)

        let thin = AreaExecution(
            signals: signals, executionByType: [.call: ExecutionRate(planned: 9, doneOnTime: 0)],
            conversionByStage: ["prospecting": StageConversion(stage: "prospecting", advanced: 2, lostHere: 2)],
            referenceByStage: ["prospecting": StageConversion(stage: "prospecting", advanced: 5, lostHere: 5)], policy: .standard)
        #expect(thin.score == nil)
        #expect(thin.does(threshold: 0.8) == nil)
        #expect(thin.missing == [
            .tooFewPlannedActivities(planned: 9, minimum: 10),
            .tooFewDecidedDeals(stage: "prospecting", decided: 4, minimum: 5),
        ])
    }

    @Test("An area without signals says so")
    func unmapped() {
        let none = AreaExecution(
            signals: AreaSignals(areaKey: "closing"), executionByType: [:], conversionByStage: [:], referenceByStage: [:], policy: .standard)
        #expect(none.missing == [.noSignalsMapped])
        #expect(none.score == nil)
    }
}
