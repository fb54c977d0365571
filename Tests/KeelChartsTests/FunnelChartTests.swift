import Testing
@testable import KeelCharts

@Suite struct FunnelChartTests {
    let text = ChartText(title: "Pipeline", noData: "No deals", missingValue: "unknown")
    let phrases = FunnelText(reached: "{count} deals", conversion: "{percent} to next", medianDays: "median {days} d",
                             stalled: "{count} stalled")

    @Test func widthsAreProportionalToDealsReached() {
        #expect(FunnelGeometry.barWidth(reached: 50, maximum: 100, available: 300) == 150)
        #expect(FunnelGeometry.barWidth(reached: 100, maximum: 100, available: 300) == 300)
        #expect(FunnelGeometry.barWidth(reached: 0, maximum: 100, available: 300) == 0)
        #expect(FunnelGeometry.barWidth(reached: 1, maximum: 10_000, available: 300) == FunnelGeometry.minimumVisibleWidth)
        #expect(FunnelGeometry.barWidth(reached: 5, maximum: 0, available: 300) == 0)
    }

    @Test func barsAreCenteredAndScaledToTheWidestStage() throws {
        let chart = FunnelChart(stages: [
            FunnelStage(name: "Qualify", reached: 100), FunnelStage(name: "Propose", reached: 50),
            FunnelStage(name: "Won", reached: 25),
        ], text: text, phrases: phrases)
        #expect(chart.barWidths == [324, 162, 81])
        let inspection = try #require(SVGInspection.parse(chart.render()))
        let bars = inspection.elements(named: "rect", withClass: "chart-funnel-bar")
        #expect(bars.compactMap { $0.number("width") } == [324, 162, 81])
        #expect(bars.compactMap { $0.number("x") } == [8, 89, 129.5])
    }

    @Test func labelsCarryCountConversionAndMedianDays() throws {
        let chart = FunnelChart(stages: [
            FunnelStage(name: "Qualify", reached: 1_240, conversionRate: 0.625, medianDaysInStage: 9.5, stalled: 4),
            FunnelStage(name: "Won", reached: 3),
        ], text: text, phrases: phrases)
        let inspection = try #require(SVGInspection.parse(chart.render()))
        let texts = inspection.elements(named: "text").map(\.text)
        #expect(texts.contains("1,240 deals"), "the bar's number says what it counts")
        #expect(texts.contains("63% to next") && texts.contains("median 9.5 d"), "conversion and median each on a line")
        #expect(texts.contains("3 deals"), "a count too wide for its bar goes beside it")
        #expect(inspection.elements(named: "text", withClass: "chart-bar-text").map(\.text) == ["3 deals"])
        #expect(inspection.chartDescription == "Qualify: 1,240 deals, 63% to next, median 9.5 d, 4 stalled; Won: 3 deals.")
    }

    @Test func theConversionAndMedianNameTheDealsTheyRestOn() throws {
        let chart = FunnelChart(stages: [
            FunnelStage(name: "Qualify", reached: 120, conversionRate: 0.5, medianDaysInStage: 9, finishedStays: 80),
        ], text: text, phrases: FunnelText(reached: "{count} reached", conversion: "{percent} of {count} went on",
                                           medianDays: "median {days} d ({count} left)", stalled: "{count} stalled"))
        let texts = try #require(SVGInspection.parse(chart.render())).elements(named: "text").map(\.text)
        #expect(texts.contains("120 reached"))
        #expect(texts.contains("50% of 120 went on"))
        #expect(texts.contains("median 9 d (80 left)"))
    }

    @Test func theFunnelEndsWithWonAndLostAndTheWinRateOfClosedDeals() throws {
        let chart = FunnelChart(
            stages: [FunnelStage(name: "Qualify", reached: 40), FunnelStage(name: "Propose", reached: 20)],
            outcomes: FunnelOutcomes(won: 30, lost: 10), text: text,
            phrases: FunnelText(reached: "{count} reached", conversion: "{percent}", medianDays: "{days}", stalled: "{count}",
                                wonName: "Won", won: "{count} won", lostName: "Lost", lost: "{count} lost",
                                winRate: "win rate {percent} of {count} closed"))
        let inspection = try #require(SVGInspection.parse(chart.render()))
        // 30 won of 40 closed: 75 %. Bars scale to the widest row, won and lost included: 324 px for 40.
        #expect(inspection.elements(named: "rect", withClass: "chart-funnel-outcome").compactMap { $0.number("width") } == [243, 81])
        #expect(inspection.elements(named: "rect", withClass: "chart-funnel-bar").compactMap { $0.number("width") } == [324, 162])
        let texts = inspection.elements(named: "text").map(\.text)
        #expect(texts.suffix(5) == ["Won", "30 won", "Lost", "10 lost", "win rate 75% of 40 closed"])
        #expect(inspection.chartDescription == "Qualify: 40 reached; Propose: 20 reached; Won: 30 won; Lost: 10 lost, win rate 75% of 40 closed.")
        #expect(FunnelOutcomes(won: 0, lost: 0).winRate == nil)
        #expect(!FunnelChart(stages: [], outcomes: FunnelOutcomes(won: 2, lost: 0), text: text, phrases: phrases).isEmpty,
                "closed deals alone are data")
    }

    @Test func onlyStagesWithStalledDealsGetABadge() throws {
        let chart = FunnelChart(stages: [
            FunnelStage(name: "Qualify", reached: 10, stalled: 2), FunnelStage(name: "Propose", reached: 5, stalled: 0),
        ], text: text, phrases: phrases, numberFormat: .swedish)
        let inspection = try #require(SVGInspection.parse(chart.render()))
        let badges = inspection.elements(named: "g", withClass: "chart-stall-badge")
        #expect(badges.count == 1)
        #expect(badges[0].text == "2 stalled")
        #expect(inspection.elements(named: "g", withClass: "chart-stage-stalled").count == 1)
    }

    @Test func nonFiniteRatesAndDaysAreLeftOut() throws {
        let chart = FunnelChart(stages: [FunnelStage(name: "A", reached: 4, conversionRate: .nan, medianDaysInStage: .infinity)],
                                text: text, phrases: phrases)
        let inspection = try #require(SVGInspection.parse(chart.render()))
        #expect(inspection.elements(named: "text", withClass: "chart-muted-text").isEmpty)
        #expect(inspection.chartDescription == "A: 4 deals.")
    }
}
