import Foundation
import Testing
@testable import SalesDomain

@Suite("Impact: the outcome seller-weeks — win rate, won value per week and sales cycle, by the week deals closed")
struct ImpactOutcomeWeeksTests {
    typealias F = ImpactFixture

    /// `days` after the Monday that starts week `week` of 2026, UTC.
    static func day(_ week: Int, _ days: Int = 0) -> Date {
        F.calendar.start(of: F.week(week)).addingTimeInterval(Double(days) * 86_400)
    }

    static func deal(
        _ n: Int, owner: Int = 1, _ outcome: DealOutcome, value: Decimal, created: Date, engaged: Date? = nil, closed: Date?
    ) -> Deal {
        Deal(
            id: ExecutionFixture.dealID(n), ownerID: Fixture.personID(owner), stage: "negotiation", value: value, createdAt: created,
            engagedAt: engaged, closedAt: closed, outcome: outcome)
    }

    /// Seller 1 wins in weeks 8, 9 and 11 and loses once in week 8; seller 2 closes nothing;
    /// weeks 8–11 are read and week 11 is the running one.
    static let deals = [
        deal(1, .won, value: 1_000, created: day(5), engaged: day(6), closed: day(8, 2)),  // cycle 16 days from engagement
        deal(2, .lost, value: 500, created: day(5), closed: day(8, 1)),
        deal(3, .won, value: 3_000, created: day(7), closed: day(9)),  // no engagement: 14 days from creation
        deal(4, .won, value: 2_000, created: day(10), closed: day(11)),  // the running week: 7 days
        deal(5, .won, value: 9_000, created: day(10), closed: day(12)),  // after the weeks read
        deal(6, owner: 3, .won, value: 9_000, created: day(5), closed: day(8)),  // not in the estimate
        deal(7, .open, value: 9_000, created: day(5), closed: nil),
    ]

    static func rows(_ kind: ImpactKPI.Kind) -> [String] {
        ImpactOutcomeWeeks.rows(
            of: kind, sellers: [Fixture.personID(1), Fixture.personID(2)], deals: deals, weeks: F.week(8)...F.week(11),
            thisWeek: F.week(11), calendar: F.calendar
        ).map { "\($0.sellerID == Fixture.personID(1) ? 1 : 2) \($0.week) \(Int($0.numerator))/\(Int($0.denominator))" }
    }

    @Test("Win rate: won over closed in each week a deal closed, the running week included (its window drops it)")
    func winRate() {
        #expect(Self.rows(.winRate) == ["1 2026-W08 1/2", "1 2026-W09 1/1", "1 2026-W11 1/1"])
    }

    @Test("Won value: every week that is over, for every seller; a week without a win is nothing won")
    func wonValue() {
        #expect(Self.rows(.wonValue) == [
            "1 2026-W08 1000/1", "1 2026-W09 3000/1", "1 2026-W10 0/1",
            "2 2026-W08 0/1", "2 2026-W09 0/1", "2 2026-W10 0/1",
        ])
    }

    @Test("Sales cycle: days from engagement, else creation, over the deals won in the week")
    func cycleTime() {
        #expect(Self.rows(.cycleTime) == ["1 2026-W08 16/1", "1 2026-W09 14/1", "1 2026-W11 7/1"])
    }

    @Test("Units and direction: rates in shares, won value in money, the cycle in days where fewer is better")
    func units() {
        #expect(ImpactKPI.outcomes.map(\.unit) == [.share, .money, .days])
        #expect(ImpactKPI.outcomes.map(\.higherIsBetter) == [true, true, false])
        #expect(F.kpi.unit == .share)
    }

    @Test("Minimums: half of each 8-week window for behaviour and won value, 2 weeks with deals for win rate and the cycle")
    func minimums() {
        let windows = ImpactWindows(startWeek: F.week(10), weeks: 8, thisWeek: F.week(30))
        #expect(ImpactMinimums.for(windows, kpi: F.kpi).weeksWithData == 4)
        #expect(ImpactKPI.outcomes.map { ImpactMinimums.for(windows, kpi: $0).weeksWithData } == [2, 4, 2])
        #expect(ImpactMinimums.afterWeeksOver(windows) == 4)
    }

    @Test("A seller with won deals in 2 weeks of each window counts for the cycle; one week is left out")
    func cycleTimeMinimum() {
        let windows = F.windows()
        let changes = [
            ImpactSellerChange(sellerID: Fixture.personID(1), group: .treated, windows: windows,
                               weeks: F.rows(1, from: 6, [30, 40, 20, 25], denominators: [1, 1, 1, 1]).enumerated().filter { [0, 2, 3].contains($0.offset) }.map(\.element)),
            ImpactSellerChange(sellerID: Fixture.personID(2), group: .treated, windows: windows,
                               weeks: F.rows(2, from: 8, [30, 40], denominators: [1, 1])),
        ]
        let minimums = ImpactMinimums.for(windows, kpi: .cycleTime)
        #expect(changes.map { $0.hasEnoughWeeks(minimums) } == [false, false])
        let enough = ImpactSellerChange(sellerID: Fixture.personID(3), group: .treated, windows: windows,
                                        weeks: F.rows(3, from: 6, [30, 0, 40, 0, 20, 0, 0, 10], denominators: [1, 0, 1, 0, 1, 0, 0, 1]))
        #expect(enough.hasEnoughWeeks(minimums))
        #expect(enough.valueBefore == 35 && enough.valueAfter == 15 && enough.change == -20)
    }

    @Test("An estimate on won value is a difference of weekly means: +1,000 a week for the treated against 0")
    func wonValueEstimate() {
        let windows = F.windows()
        let treated = F.rows(1, from: 6, [0, 0, 0, 0, 1_000, 1_000, 1_000, 1_000], denominators: Array(repeating: 1, count: 8))
        let comparison = (2...6).flatMap { F.rows($0, from: 6, Array(repeating: 500, count: 8), denominators: Array(repeating: 1, count: 8)) }
        let estimate = ImpactEstimator(resamples: 200).estimate(
            target: F.target, kpi: .wonValue, treated: [(Fixture.personID(1), windows)], comparison: (2...6).map(Fixture.personID),
            comparisonWindows: windows, weeks: treated + comparison)
        guard case .estimate(let effect, let lower, let upper) = estimate.result else {
            Issue.record("not enough data: \(estimate.result)")
            return
        }
        #expect(effect == 1_000)
        #expect(lower == 1_000 && upper == 1_000, "every comparison seller is flat, one treated seller: no spread to resample")
    }
}
