import Foundation
import Testing
@testable import SalesDomain

/// A group's deal rollup must give exactly the momentum, conversion and win-rate figures the
/// definitions give over the same deals, for whole-month periods and for all time.
@Suite struct DealFactsTests {
    typealias F = DemoExecutionFixture
    static let calendar = F.spec.calendar
    static let facts: DealFacts = F.histories.reduce(into: DealFacts()) { sum, history in
        sum.add(DealFacts.of(history, pipeline: .standard, calendar: calendar))
    }
    static let whole = PersonGrouping<Int> { _ in [0] }
    static let periods: [ClosedRange<CalendarMonth>?] = [
        nil, CalendarMonth(year: 2025, month: 3)!...CalendarMonth(year: 2025, month: 8)!,
        CalendarMonth(year: 2025, month: 11)!...CalendarMonth(year: 2025, month: 11)!,
    ]

    @Test(arguments: periods)
    func timeInStageAndConversionMatchTheDefinitions(_ months: ClosedRange<CalendarMonth>?) {
        let range = months.map { Self.calendar.dateRange(of: $0) }
        let expectedTimes = StageVelocity.timeInStage(
            histories: F.histories, pipeline: .standard, grouping: Self.whole, enteredIn: range, calendar: Self.calendar)[0]
        #expect(Self.facts.timeInStage(pipeline: .standard, months: months) == expectedTimes)
        let expectedConversion = StageVelocity.conversion(histories: F.histories, pipeline: .standard, grouping: Self.whole, enteredIn: range)[0]
        #expect(Self.facts.conversion(pipeline: .standard, months: months) == expectedConversion)
        #expect((expectedTimes ?? []).contains { $0.completedDeals > 0 })
    }

    @Test(arguments: periods)
    func winRateAndCycleMatchTheDefinitions(_ months: ClosedRange<CalendarMonth>?) {
        let expected = DealResults.byGroup(
            deals: F.histories.map(\.deal), grouping: Self.whole, closedIn: months.map { Self.calendar.dateRange(of: $0) },
            calendar: Self.calendar)[0] ?? DealResults(won: 0, lost: 0, wonWithCycle: 0, medianCycleDays: nil)
        #expect(Self.facts.results(closedIn: months) == expected)
    }

    @Test func wonStaysGiveTheOrganizationsStallBars() {
        let thresholds = StageVelocity.stallThresholds(histories: F.histories, teams: PersonGrouping([:]), calendar: Self.calendar)
        let samples = Self.facts.wonStayDays()
        for reference in thresholds.organizationReferences {
            #expect(Percentile.linear(0.75, of: samples[reference.stage] ?? []) == reference.days)
            #expect(samples[reference.stage]?.count == reference.wonDeals)
        }
        #expect(!thresholds.organizationReferences.isEmpty)
    }

    @Test func aChangedDealMovesItsGroupByTheDifference() throws {
        let history = try #require(F.histories.first { $0.deal.outcome == .open && $0.hasHistory })
        let before = DealFacts.of(history, pipeline: .standard, calendar: Self.calendar)
        var won = history.deal
        won.outcome = .won
        won.closedAt = history.transitions.last!.enteredAt.addingTimeInterval(5 * 86_400)
        let after = DealFacts.of(DealHistory(deal: won, transitions: history.transitions), pipeline: .standard, calendar: Self.calendar)
        var group = Self.facts
        group.add(before.change(to: after))
        #expect(group.results(closedIn: nil).won == Self.facts.results(closedIn: nil).won + 1)
        group.add(after.change(to: before))
        #expect(group.counts.filter { $0.value != 0 } == Self.facts.counts.filter { $0.value != 0 })
    }
}
