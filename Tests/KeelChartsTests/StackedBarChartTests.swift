import Testing
@testable import KeelCharts

@Suite struct StackedBarChartTests {
    let text = ChartText(title: "Time", noData: "No time recorded", missingValue: "no data")
    let categories = ["Selling", "Supporting", "Internal"]

    @Test func stacksSharesFromTheBottom() throws {
        let segments = try #require(StackedBarGeometry.stack([20, 10, 10], normalized: true))
        #expect(segments.map(\.lower) == [0, 0.5, 0.75])
        #expect(segments.map(\.upper) == [0.5, 0.75, 1])
        let hours = try #require(StackedBarGeometry.stack([20, 10, 10], normalized: false))
        #expect(hours.map(\.upper) == [20, 30, 40])
    }

    @Test func missingNaNAndNegativeValuesCountAsNothing() throws {
        let segments = try #require(StackedBarGeometry.stack([nil, .nan, -5, 4], normalized: true))
        #expect(segments.map(\.value) == [0, 0, 0, 1])
        #expect(StackedBarGeometry.stack([nil, 0, .infinity], normalized: true) == nil)
        #expect(StackedBarGeometry.stack([], normalized: false) == nil)
    }

    @Test func barsTakeThreeQuartersOfTheirSlot() {
        let bar = StackedBarGeometry.bar(index: 1, count: 4, plotLeft: 10, plotWidth: 100)
        #expect(bar.left == 10 + 25 + 3.125)
        #expect(bar.width == 18.75)
        #expect(StackedBarGeometry.bar(index: 0, count: 1, plotLeft: 0, plotWidth: 300).width == 36)
    }

    @Test func segmentHeightsAreProportionalToShares() throws {
        let chart = StackedBarChart(categories: categories, bars: [StackedBar(label: "W1", values: [30, 15, 15])], text: text)
        let inspection = try #require(SVGInspection.parse(chart.render()))
        let segments = inspection.elements(named: "rect", withClass: "chart-segment").filter { $0.ancestorClasses.contains("chart-bar") }
        #expect(segments.compactMap { $0.number("height") } == [75, 37.5, 37.5])  // of a 150-unit plot
        let tops = segments.compactMap { $0.number("y") }
        #expect(tops[0] > tops[1] && tops[1] > tops[2], "first category at the bottom")
        #expect(segments[0].hasClass("chart-fill-category-1"))
        #expect(segments[1].attributes["fill"]?.hasPrefix("url(#") == true, "later categories carry a texture")
        let ticks = inspection.elements(named: "text", withClass: "chart-tick-text").filter { $0.ancestorClasses.contains("chart-y-axis") }
        #expect(ticks.map(\.text) == ["0%", "25%", "50%", "75%", "100%"])
        #expect(inspection.chartDescription == "W1: Selling 50%, Supporting 25%, Internal 25%.")
    }

    @Test func absoluteHoursGetRoundTicks() throws {
        let chart = StackedBarChart(categories: categories, bars: [StackedBar(label: "W1", values: [22, 9, 6])],
                                    scale: .absolute(valueTemplate: "{value} h"), text: text, numberFormat: .swedish)
        #expect(chart.ticks.values == [0, 10, 20, 30, 40])
        let inspection = try #require(SVGInspection.parse(chart.render()))
        let segments = inspection.elements(named: "rect", withClass: "chart-segment").filter { $0.ancestorClasses.contains("chart-bar") }
        #expect(segments.compactMap { $0.number("height") } == [82.5, 33.75, 22.5])  // 22, 9, 6 of 40 on 150 units
        #expect(inspection.chartDescription == "W1: Selling 22 h, Supporting 9 h, Internal 6 h.")
    }

    @Test func aWeekWithoutDataIsMarkedNotDrawnAsZero() throws {
        let chart = StackedBarChart(categories: categories, bars: [
            StackedBar(label: "W1", values: [1, 1, 2]),
            StackedBar(label: "W2", values: [nil, nil, .nan]),
            StackedBar(label: "W3", values: [1, nil]),
        ], text: text)
        let inspection = try #require(SVGInspection.parse(chart.render()))
        let missing = inspection.elements(named: "g", withClass: "chart-bar-missing")
        #expect(missing.count == 1)
        #expect(missing[0].text.contains("W2: no data"))
        #expect(inspection.chartDescription == "W1: Selling 25%, Supporting 25%, Internal 50%; W2: no data; "
            + "W3: Selling 100%, Supporting no data, Internal no data.")
    }

    @Test func fiftyThreeWeeksFitWithThinnedLabels() throws {
        let bars = (1...53).map { StackedBar(label: "W\($0)", values: [Double($0 % 7 + 10), 5, 3]) }
        let chart = StackedBarChart(categories: categories, bars: bars, text: text)
        let inspection = try #require(SVGInspection.parse(chart.render()))
        #expect(inspection.elements(named: "g", withClass: "chart-bar").count == 53)
        let labels = inspection.elements(named: "text", withClass: "chart-tick-text").filter { $0.ancestorClasses.contains("chart-x-axis") }
        #expect(labels.count < 53 && labels.count >= 5)
        #expect(labels.first?.text == "W1")
        let positions = labels.compactMap { $0.number("x") }
        let widest = labels.map { TextMetrics.estimatedWidth(of: $0.text, fontSize: ChartTypography.tickSize) }.max() ?? 0
        for (left, right) in zip(positions, positions.dropFirst()) {
            #expect(right - left >= widest, "labels must not overlap")
        }
        let rects = inspection.elements(named: "rect", withClass: "chart-segment").filter { $0.ancestorClasses.contains("chart-bar") }
        #expect(rects.allSatisfy { ($0.number("x") ?? -1) >= 0 && ($0.number("x") ?? 0) + ($0.number("width") ?? 0) <= 340 })
    }

    /// A running week keeps its bar but is drawn paler with its note above it, inside the
    /// chart, and its description says so first.
    @Test func aNotedBarIsPaleAndCarriesItsNote() throws {
        let bars = (1...13).map { StackedBar(label: "W\($0)", values: [10, 5, 5]) }
            + [StackedBar(label: "W14", values: [0.5, 0, 0], note: "in progress")]
        let chart = StackedBarChart(categories: categories, bars: bars, text: text)
        let inspection = try #require(SVGInspection.parse(chart.render()))
        let noted = inspection.elements(named: "g", withClass: "chart-bar-noted")
        #expect(noted.count == 1)
        #expect(noted[0].text.contains("W14: in progress, Selling 100%"))
        let notes = inspection.elements(named: "text", withClass: "chart-note-text")
        #expect(notes.map(\.text) == ["in progress"])
        let half = TextMetrics.estimatedWidth(of: "in progress", fontSize: ChartTypography.tickSize) / 2
        #expect((notes[0].number("x") ?? 0) + half <= ChartTypography.chartWidth, "the note stays inside the chart")
        let plain = StackedBarChart(categories: categories, bars: Array(bars.dropLast()), text: text)
        #expect(!plain.render().contains("chart-note-text"), "no note line without a note")
    }

    @Test func swedishTicksUseANoBreakSpaceBeforePercent() throws {
        let chart = StackedBarChart(categories: categories, bars: [StackedBar(label: "V1", values: [1, 1, 1])], text: text,
                                    numberFormat: .swedish)
        let inspection = try #require(SVGInspection.parse(chart.render()))
        #expect(inspection.elements(named: "text", withClass: "chart-tick-text").contains { $0.text == "100\u{00A0}%" })
    }
}
