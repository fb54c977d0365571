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
}
