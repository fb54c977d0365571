import Testing
@testable import KeelCharts

@Suite struct NiceTicksTests {
    @Test func countsUpToFortySevenGetTicksOfTen() {
        let ticks = NiceTicks.covering(0, 47)
        #expect(ticks.values == [0, 10, 20, 30, 40, 50])
        #expect(ticks.step == 10)
        #expect(ticks.lower == 0 && ticks.upper == 50)
    }

    @Test func sharesGetExactDecimalTicks() {
        #expect(NiceTicks.covering(0, 1).values == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(NiceTicks.covering(0.3, 0.9).values == [0.2, 0.4, 0.6, 0.8, 1])
    }

    @Test func aRatingScaleKeepsWholeLevels() {
        #expect(NiceTicks.covering(1, 5).values == [1, 2, 3, 4, 5])
    }

    @Test func largeAndNegativeRanges() {
        #expect(NiceTicks.covering(0, 12_345).values == [0, 5_000, 10_000, 15_000])
        let mixed = NiceTicks.covering(-3, 7)
        #expect(mixed.values == [-4, -2, 0, 2, 4, 6, 8])
        #expect(NiceTicks.covering(7, -3) == mixed)
    }

    @Test func degenerateRangesStillGiveAnAxis() {
        let constant = NiceTicks.covering(5, 5)
        #expect(constant.lower < 5 && constant.upper > 5)
        #expect(constant.values.contains(5))
        #expect(NiceTicks.covering(0, 0).values == [0, 0.2, 0.4, 0.6, 0.8, 1])
        let broken = NiceTicks.covering(.nan, .infinity)
        #expect(broken.values.allSatisfy { $0.isFinite })
        #expect(broken.values.count >= 2)
    }

    @Test func ticksAlwaysCoverTheRange() {
        for (lower, upper) in [(0.0, 0.37), (12.0, 13.0), (-0.5, 0.5), (1.0, 10.0), (0.001, 0.002), (3.0, 97.0)] {
            let ticks = NiceTicks.covering(lower, upper)
            #expect(ticks.lower <= lower && ticks.upper >= upper, "\(lower)…\(upper)")
            #expect((3...11).contains(ticks.values.count), "\(lower)…\(upper): \(ticks.values)")
        }
    }
}
