import Foundation
import Testing
@testable import SalesDomain

@Suite("Impact: difference-in-differences, its bootstrap interval and its minimums, computed by hand")
struct DifferenceInDifferencesTests {
    typealias F = ImpactFixture

    /// Treated 1: 0.5 → 0.8 (+0.3); treated 2: 20/40 = 0.5 → 0.7 (+0.2); mean +0.25.
    /// Comparison 11–15: +0.1, 0, +0.1, 0, +0.05 (22/40 = 0.55); mean +0.05. Effect 0.25 − 0.05 = 0.20.
    static let rows: [ImpactSellerWeek] =
        F.seller(1, before: [5, 5, 5, 5], after: [8, 8, 8, 8]) + F.seller(2, before: [4, 4, 6, 6], after: [7, 7, 7, 7])
        + F.seller(11, before: [5, 5, 5, 5], after: [6, 6, 6, 6]) + F.seller(12, before: [5, 5, 5, 5], after: [5, 5, 5, 5])
        + F.seller(13, before: [4, 4, 4, 4], after: [5, 5, 5, 5]) + F.seller(14, before: [6, 6, 6, 6], after: [6, 6, 6, 6])
        + F.seller(15, before: [5, 5, 5, 5], after: [5, 6, 5, 6])

    func estimate(
        treated: [Int] = [1, 2], comparison: [Int] = [11, 12, 13, 14, 15], rows: [ImpactSellerWeek] = rows,
        windows: ImpactWindows = F.windows()
    ) -> ImpactEstimate {
        ImpactEstimator().estimate(
            target: F.target, kpi: F.kpi, treated: treated.map { (Fixture.personID($0), windows) },
            comparison: comparison.map(Fixture.personID), comparisonWindows: windows, weeks: rows)
    }

    @Test("The hand-computed case: +0.25 treated, +0.05 comparison, effect +0.20 inside its interval")
    func handComputed() throws {
        let estimate = estimate()
        guard case .estimate(let effect, let lower, let upper) = estimate.result else { Issue.record("\(estimate.result)"); return }
        #expect(abs(effect - 0.20) < 1e-12)
        #expect(estimate.treated.map(\.change).map { ($0 * 100).rounded() } == [30, 20])
        #expect(estimate.comparison.map(\.change).map { ($0 * 100).rounded() } == [10, 0, 10, 0, 5])
        // Every resample's treated mean lies in 0.2…0.3 and its comparison mean in 0…0.1.
        #expect(lower >= 0.1 - 1e-12 && lower <= effect && upper >= effect && upper <= 0.3 + 1e-12)
        #expect(estimate.excludesZero)
        #expect(estimate.resamples == 2_000 && estimate.draws.count == 2_000)
    }

    @Test("A window's value is the ratio of its sums; a week with nothing planned is a week without data")
    func ratioOfSums() {
        // 12 of 20 is 0.6 — the mean of the weekly rates (0.8, 0.4, 0.4) would be 0.53.
        let weeks = F.rows(1, from: 6, [8, 0, 2, 2], denominators: [10, 0, 5, 5])
        let change = ImpactSellerChange(sellerID: Fixture.personID(1), group: .treated, windows: F.windows(), weeks: weeks)
        #expect(change.before.count == 3)
        #expect(abs(change.valueBefore - 0.6) < 1e-12)
    }

    @Test("The same question over the same data gives the same interval; another seed gives other draws")
    func reproducible() {
        #expect(estimate() == estimate())
        let first = estimate()
        let bootstrap = ImpactBootstrap(seed: first.seed &+ 1)
        #expect(bootstrap.draws(treated: first.treated, comparisonCount: 5) != first.draws)
    }

    @Test("The interval is exactly the percentiles of the exported draws' estimates, one treated seller or several", arguments: [[1, 2], [2]])
    func intervalOfTheExportedDraws(treated: [Int]) throws {
        let estimate = estimate(treated: treated)
        guard case .estimate(_, let lower, let upper) = estimate.result else { Issue.record("\(estimate.result)"); return }
        let changes = (treated: estimate.treated.map(\.change), comparison: estimate.comparison.map(\.change))
        // MUT: the reference, from the draws as a reader of the export would compute it.
        let estimates = estimate.draws.map { draw in
            let drawnTreated = treated.count == 1
                ? [ImpactSellerChange.value(of: draw.treatedAfter.map { estimate.treated[0].after[$0] })
                    - ImpactSellerChange.value(of: draw.treatedBefore.map { estimate.treated[0].before[$0] })]
                : draw.treated.map { changes.treated[$0] }
            return DifferenceInDifferences.estimate(treated: drawnTreated, comparison: draw.comparison.map { changes.comparison[$0] })
        }.sorted()
        // validate: equal to the last bit, not approximately (the tails as the interval computes them).
        let tail = (1 - ImpactBootstrap.level) / 2
        #expect(lower == ImpactBootstrap.percentile(estimates, tail))
        #expect(upper == ImpactBootstrap.percentile(estimates, 1 - tail))
    }

    @Test("Percentiles interpolate linearly between ranks, as NumPy's default does")
    func percentile() {
        #expect(abs(ImpactBootstrap.percentile([1, 2, 3, 4, 5], 0.025) - 1.1) < 1e-12)
        #expect(abs(ImpactBootstrap.percentile([1, 2, 3, 4, 5], 0.975) - 4.9) < 1e-12)
        #expect(ImpactBootstrap.percentile([7], 0.5) == 7)
    }

    @Test("One treated seller: their weeks are resampled, so the interval carries their week-to-week noise")
    func singleSeller() throws {
        let estimate = estimate(treated: [2])
        guard case .estimate(let effect, let lower, let upper) = estimate.result else { Issue.record("\(estimate.result)"); return }
        #expect(abs(effect - 0.15) < 1e-12)
        #expect(lower < effect && effect < upper)
        #expect(estimate.draws.allSatisfy { $0.treatedBefore.count == 4 && $0.treatedAfter.count == 4 })
    }

    @Test("Four comparison sellers are not enough: not enough data, saying what is missing")
    func tooFewComparisonSellers() {
        #expect(estimate(comparison: [11, 12, 13, 14]).result == .notEnoughData([.comparisonSellers(have: 4, need: 5)]))
    }

    @Test("A seller with one week of data in a window is left out and counted")
    func tooFewWeeks() {
        let rows = Self.rows.filter { !($0.sellerID == Fixture.personID(15) && $0.week > F.week(10)) }
        let estimate = estimate(rows: rows)
        #expect(estimate.comparisonLeftOut == 1)
        #expect(estimate.result == .notEnoughData([.comparisonSellers(have: 4, need: 5)]))
    }

    @Test("Early on, the after-window's weeks that are over are too few: not enough data")
    func afterWindowNotOver() {
        // In week 11, only week 10 is over.
        let estimate = estimate(windows: F.windows(thisWeek: 11))
        #expect(estimate.afterWeeksOver == 1)
        guard case .notEnoughData(let missing) = estimate.result else { Issue.record("an estimate"); return }
        #expect(missing.first == .afterWindowNotOver(have: 1, need: 2))
    }

    @Test("No activity types linked to the target: not enough data, no KPI")
    func noKPI() {
        let estimate = ImpactEstimator().estimate(
            target: F.target, kpi: nil, treated: [(Fixture.personID(1), F.windows())], comparison: [11, 12, 13, 14, 15].map(Fixture.personID),
            comparisonWindows: F.windows(), weeks: Self.rows)
        #expect(estimate.result == .notEnoughData([.noKPI]))
    }
}
