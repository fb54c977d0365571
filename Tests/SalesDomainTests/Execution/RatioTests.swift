import Testing
@testable import SalesDomain

@Suite struct RatioTests {
    @Test func partOfWholeAndNoRateWithoutAWhole() {
        #expect(Double.ratio(3, of: 4) == 0.75)
        #expect(Double.ratio(0, of: 5) == 0)
        #expect(Double.ratio(0, of: 0) == nil)
        #expect(ExecutionRate(planned: 0, doneOnTime: 0).rate == nil)
        #expect(PostponementRate(scheduled: 4, pushedOut: 1).rate == 0.25)
    }
}
