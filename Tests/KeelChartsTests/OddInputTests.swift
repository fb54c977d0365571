import Testing
@testable import KeelCharts

/// Inputs no caller should send but some eventually will: the charts must still render
/// well-formed markup rather than crash or draw nonsense.
@Suite struct OddInputTests {
    let text = ChartText(title: "Odd", noData: "Nothing", missingValue: "missing")

    func parses(_ svg: String) -> Bool { SVGInspection.parse(svg) != nil }

    @Test func radarsWithTooFewAxesOrAStrangeScale() {
        for axes in [["A"], ["A", "B"]] {
            #expect(parses(RadarChart(axes: axes, scaleMaximum: 5, series: [RadarSeries(name: "s", values: [1, 2])], text: text).render()))
        }
        #expect(parses(RadarChart(axes: ["A", "B", "C"], scaleMaximum: 0,
                                  series: [RadarSeries(name: "s", values: [1, 2, 3])], text: text).render()))
        let wide = RadarChart(axes: ["A", "B", "C"], scaleMaximum: 100, series: [RadarSeries(name: "s", values: [10, 50, 1e9])], text: text)
        #expect(wide.ringLevels == [10, 20, 30, 40, 50, 60, 70, 80, 90, 100])
        #expect(parses(wide.render()))
        #expect(RadarChart(axes: [], scaleMaximum: 5, series: [], text: text).ringLevels == [1, 2, 3, 4, 5])
    }

    @Test func blankAndHugeLabels() throws {
        let long = String(repeating: "Förhandlingsteknik ", count: 50)
        let chart = StackedBarChart(categories: [" ", long, "\n"], bars: [StackedBar(label: "", values: [1, 2, 3])], text: text)
        #expect(parses(chart.render()))
        let funnel = FunnelChart(stages: [FunnelStage(name: long, reached: 3, stalled: 2)], text: text,
                                 phrases: FunnelText(reached: "{count}", conversion: "{percent}", medianDays: "{days}", stalled: long))
        let inspection = try #require(SVGInspection.parse(funnel.render()))
        let badge = try #require(inspection.elements(named: "rect", withClass: "chart-stall-badge-shape").first)
        #expect((badge.number("width") ?? 1000) <= 170)
    }

    @Test func extremeNumbers() {
        let funnel = FunnelChart(stages: [FunnelStage(name: "A", reached: Int.max, stalled: Int.max), FunnelStage(name: "B", reached: -5)],
                                 text: text, phrases: FunnelText(reached: "{count}", conversion: "{percent}", medianDays: "{days}",
                                                                 stalled: "{count}"))
        #expect(parses(funnel.render()))
        #expect(funnel.barWidths[1] == 0)
        let line = LineChart(xLabels: ["a", "b"], series: [LineSeries(name: "s", values: [-1e300, 1e300])], text: text)
        #expect(parses(line.render()))
        let bars = StackedBarChart(categories: ["a"], bars: [StackedBar(label: "W1", values: [1e308])],
                                   scale: .absolute(valueTemplate: "{value}"), text: text)
        #expect(parses(bars.render()))
    }
}
