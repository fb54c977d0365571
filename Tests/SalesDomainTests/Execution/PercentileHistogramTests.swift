import Testing
@testable import SalesDomain

@Suite struct PercentileHistogramTests {
    /// The same examples as ``PercentileTests``, given as histograms.
    @Test(arguments: [
        // 1,2,3,4 at .75: h = 2.25 → 3 + .25·(4 − 3) = 3.25
        ([1.0: 1, 2: 1, 3: 1, 4: 1], 0.75, 3.25),
        // 1,1,1,8 at .5: h = 1.5 → ranks 1 and 2 are both 1 → 1
        ([1.0: 3, 8: 1], 0.5, 1.0),
        // 2,2,5,5,5,9 at .75: h = 3.75 → x3 = 5, x4 = 5 → 5
        ([2.0: 2, 5: 3, 9: 1], 0.75, 5.0),
        // 2,2,5,5,5,9 at .9: h = 4.5 → 5 + .5·(9 − 5) = 7
        ([2.0: 2, 5: 3, 9: 1], 0.9, 7.0),
        // 2,2,5,5,5,9 at .5: h = 2.5 → 5 + .5·0 = 5
        ([2.0: 2, 5: 3, 9: 1], 0.5, 5.0),
        // 4,4,10 at .25: h = .5 → 4 + .5·0 = 4; and a zero count is no value
        ([4.0: 2, 10: 1, 30: 0], 0.25, 4.0),
        // 6 alone at 1: 6
        ([6.0: 5], 1.0, 6.0),
    ])
    func handComputed(_ example: ([Double: Int], Double, Double)) {
        #expect(Percentile.linear(example.1, ofHistogram: example.0) == example.2)
    }

    @Test func noValuesHaveNoPercentile() {
        #expect(Percentile.linear(0.5, ofHistogram: [:]) == nil)
        #expect(Percentile.linear(0.5, ofHistogram: [3: 0]) == nil)
    }

    /// Generated histograms give exactly the percentiles of their values written out.
    @Test(arguments: [11, 12, 13] as [UInt64])
    func equalsThePercentileOfTheValues(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        for _ in 0..<200 {
            var histogram: [Double: Int] = [:]
            for _ in 0..<Int.random(in: 1...12, using: &random) {
                histogram[Double(Int.random(in: 0...60, using: &random)), default: 0] += Int.random(in: 1...9, using: &random)
            }
            let values = histogram.flatMap { repeatElement($0.key, count: $0.value) }
            for p in [0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 1.0] {
                #expect(Percentile.linear(p, ofHistogram: histogram) == Percentile.linear(p, of: values))
            }
        }
    }
}
