import Testing
@testable import SalesDomain

@Suite struct PercentileTests {
    /// Type 7: h = (n − 1)·p, Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]) on sorted values.
    /// The expected values match R's `quantile(x, p)` and NumPy's `percentile`.
    @Test(arguments: [
        // [1,2,3,4], p .75: h = 3·.75 = 2.25 → 3 + .25·(4 − 3) = 3.25
        ([4.0, 1, 3, 2], 0.75, 3.25),
        // [10,20,30,40,50], p .75: h = 4·.75 = 3 → x[3] = 40
        ([50.0, 10, 40, 20, 30], 0.75, 40.0),
        // [2,4,7], p .75: h = 2·.75 = 1.5 → 4 + .5·(7 − 4) = 5.5
        ([7.0, 2, 4], 0.75, 5.5),
        // [5,9], p .75: h = .75 → 5 + .75·4 = 8
        ([9.0, 5], 0.75, 8.0),
        // one value: every percentile is that value
        ([6.0], 0.75, 6.0),
        // p = 0 and p = 1 are the extremes
        ([3.0, 1, 2], 0.0, 1.0),
        ([3.0, 1, 2], 1.0, 3.0),
        // ties: [1,1,1,8], p .5: h = 1.5 → 1 + .5·0 = 1
        ([1.0, 8, 1, 1], 0.5, 1.0),
    ])
    func linearInterpolationBetweenClosestRanks(_ example: ([Double], Double, Double)) {
        #expect(Percentile.linear(example.1, of: example.0) == example.2)
    }

    @Test func medianOfOddAndEvenCounts() {
        #expect(Percentile.median(of: [3, 1, 2]) == 2)
        // even count: mean of the two middle values, (2 + 10) / 2
        #expect(Percentile.median(of: [1, 2, 10, 40]) == 6)
    }

    @Test func noValuesHaveNoPercentile() {
        #expect(Percentile.linear(0.75, of: []) == nil)
        #expect(Percentile.median(of: []) == nil)
    }
}
