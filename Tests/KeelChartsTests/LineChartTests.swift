import Testing
@testable import KeelCharts

@Suite struct LineChartTests {
    let text = ChartText(title: "Trend", noData: "No data yet", missingValue: "no data")

    @Test func pointsSpanThePlotFromEdgeToEdge() {
        #expect(LineGeometry.x(index: 0, count: 5, plotLeft: 10, plotWidth: 100) == 10)
        #expect(LineGeometry.x(index: 4, count: 5, plotLeft: 10, plotWidth: 100) == 110)
        #expect(LineGeometry.x(index: 2, count: 5, plotLeft: 10, plotWidth: 100) == 60)
        #expect(LineGeometry.x(index: 0, count: 1, plotLeft: 10, plotWidth: 100) == 60)
    }

    @Test func gapsBreakTheLineInsteadOfBridgingIt() {
        let a = ChartPoint(x: 0, y: 0), b = ChartPoint(x: 1, y: 1), c = ChartPoint(x: 2, y: 2)
        #expect(LineGeometry.runs([a, nil, b, c]) == [[a], [b, c]])
        #expect(LineGeometry.runs([nil, a, b, nil]) == [[a, b]])
        #expect(LineGeometry.runs([nil]).isEmpty)
    }

    @Test func missingPointsLeaveGapsInTheRenderedLine() throws {
        let chart = LineChart(xLabels: ["Jan", "Feb", "Mar", "Apr", "May"],
                              series: [LineSeries(name: "Price", values: [1, 2, nil, 3, .nan])], text: text)
        let inspection = try #require(SVGInspection.parse(chart.render()))
        let lines = inspection.elements(named: "polyline", withClass: "chart-trace")
        #expect(lines.count == 1)
        #expect(parsePoints(lines[0].attributes["points"] ?? "").count == 2)
        let markers = inspection.elements(withClass: "chart-marker").filter { $0.ancestorClasses.contains("chart-series-1") }
        #expect(markers.count == 3, "the lone April value still shows")
        #expect(inspection.chartDescription == "Price: Jan 1, Feb 2, Mar no data, Apr 3, May no data.")
    }

    @Test func pointsSitAtTheirValuesOnTheAxis() throws {
        let chart = LineChart(xLabels: ["a", "b"], series: [LineSeries(name: "s", values: [0, 40])], text: text)
        #expect(chart.ticks.values == [0, 10, 20, 30, 40])
        let inspection = try #require(SVGInspection.parse(chart.render()))
        let points = parsePoints(try #require(inspection.elements(named: "polyline").first?.attributes["points"]))
        #expect(points[0].y - points[1].y == 150, "0 at the bottom, 40 at the top of a 150-unit plot")
        #expect(points[1].x == 328)
    }

    @Test func rangesFollowTheRequest() {
        let levels = LineChart(xLabels: ["C1", "C2"], series: [LineSeries(name: "Level", values: [2.5, 3])],
                               yRange: .fixed(lower: 1, upper: 5), text: text)
        #expect(levels.ticks.values == [1, 2, 3, 4, 5])
        let fromZero = LineChart(xLabels: ["a", "b"], series: [LineSeries(name: "n", values: [52, 58])], text: text)
        #expect(fromZero.ticks.lower == 0)
        let tight = LineChart(xLabels: ["a", "b"], series: [LineSeries(name: "n", values: [52, 58])],
                              yRange: .automatic(includingZero: false), text: text)
        #expect(tight.ticks.lower >= 50 && tight.ticks.upper <= 60)
    }

    @Test func percentValuesAreLabeledAsPercentages() throws {
        let chart = LineChart(xLabels: ["Jan", "Feb"], series: [LineSeries(name: "Win rate", values: [0.21, 0.275])],
                              valueStyle: .percent, text: text, numberFormat: .norwegianBokmal)
        let inspection = try #require(SVGInspection.parse(chart.render()))
        #expect(inspection.chartDescription == "Win rate: Jan 21\u{00A0}%, Feb 27,5\u{00A0}%.")
        let ticks = inspection.elements(named: "text", withClass: "chart-tick-text").filter { $0.ancestorClasses.contains("chart-y-axis") }
        #expect(ticks.allSatisfy { $0.text.hasSuffix("\u{00A0}%") })
    }

    @Test func severalSeriesDifferInMoreThanColor() throws {
        let chart = LineChart(xLabels: ["a", "b"], series: (1...4).map { LineSeries(name: "s\($0)", values: [1, Double($0)]) },
                              text: text)
        let inspection = try #require(SVGInspection.parse(chart.render()))
        let lines = inspection.elements(named: "polyline", withClass: "chart-trace")
        let dashes = Set(lines.flatMap { $0.classes.filter { $0.hasPrefix("chart-dash-") } })
        #expect(dashes.count == 4)
        let markerElements = Set((1...4).compactMap { index in
            inspection.elements(withClass: "chart-marker").first { $0.ancestorClasses.contains("chart-series-\(index)") }?.name
        })
        #expect(markerElements.count >= 3, "circle, rect and polygon markers")
        #expect(inspection.elements(named: "rect", withClass: "chart-hover").count == 2)
    }

    @Test func manyMonthsGetThinnedLabels() throws {
        let labels = (1...36).map { "2026-\($0)" }
        let chart = LineChart(xLabels: labels, series: [LineSeries(name: "n", values: (1...36).map(Double.init))], text: text)
        let inspection = try #require(SVGInspection.parse(chart.render()))
        let shown = inspection.elements(named: "text", withClass: "chart-tick-text").filter { $0.ancestorClasses.contains("chart-x-axis") }
        #expect(shown.count < 36 && shown.first?.text == "2026-1")
    }
}
