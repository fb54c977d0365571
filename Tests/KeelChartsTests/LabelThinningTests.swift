import Testing
@testable import KeelCharts

@Suite struct LabelThinningTests {
    @Test func crowdedWeeksShowEveryFifth() {
        // 53 weeks on ~300 units: slots of 5.6 units, "W53" about 20 units wide.
        #expect(LabelThinning.step(slotWidth: 5.6, widestLabel: 20, minimumGap: 4) == 5)
        #expect(LabelThinning.visibleIndices(count: 53, step: 5) == [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50])
    }

    @Test func roomyLabelsAreAllShown() {
        #expect(LabelThinning.step(slotWidth: 40, widestLabel: 20) == 1)
        #expect(LabelThinning.visibleIndices(count: 3, step: 1) == [0, 1, 2])
    }

    @Test func degenerateInputsShowEverything() {
        #expect(LabelThinning.step(slotWidth: 0, widestLabel: 20) == 1)
        #expect(LabelThinning.step(slotWidth: .nan, widestLabel: 20) == 1)
        #expect(LabelThinning.visibleIndices(count: 0, step: 3).isEmpty)
        #expect(LabelThinning.visibleIndices(count: 4, step: 0) == [0, 1, 2, 3])
    }

    /// Weeks 50 2025 to 50 2026 on a phone: week 1 (index 3 after W50, W51, W52) says the year,
    /// so it is drawn and the fifths count from it.
    @Test func aKeptLabelIsDrawnAndTheCountingRestartsFromIt() {
        #expect(LabelThinning.visibleIndices(count: 53, step: 5, keeping: [7]) == [0, 7, 12, 17, 22, 27, 32, 37, 42, 47, 52])
        // Too close to the first label for both: the later, which opens the new year, wins.
        #expect(LabelThinning.visibleIndices(count: 53, step: 5, keeping: [3]) == [3, 8, 13, 18, 23, 28, 33, 38, 43, 48])
        #expect(LabelThinning.visibleIndices(count: 12, step: 5, keeping: [0, 12, -1]) == [0, 5, 10])
        #expect(LabelThinning.visibleIndices(count: 4, step: 1, keeping: [2]) == [0, 1, 2, 3])
    }
}
