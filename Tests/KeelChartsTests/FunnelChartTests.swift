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
        #expect(texts.contains("1,240"))
        #expect(texts.contains("63% to next · median 9.5 d"))
        #expect(texts.contains("3"), "a count too wide for its bar goes beside it")
        #expect(inspection.elements(named: "text", withClass: "chart-bar-text").map(\.text) == ["3"])
        #expect(inspection.chartDescription == "Qualify: 1,240 deals, 63% to next, median 9.5 d, 4 stalled; Won: 3 deals.")
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
