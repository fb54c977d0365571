import Foundation
import Testing
@testable import KeelCharts

/// What every chart owes the page that embeds it: well-formed, escaped, accessible,
/// deterministic markup.
@Suite struct ChartDocumentTests {
    @Test(arguments: [ChartNumberFormat.english, .swedish, .norwegianBokmal])
    func everyChartParsesAsXML(format: ChartNumberFormat) {
        for chart in ChartSamples.all(format) + ChartSamples.allEmpty() {
            #expect(SVGInspection.parse(chart.svg) != nil, "\(chart.name) is not well-formed XML")
        }
    }

    @Test func hostileLabelsAreEscapedAndSurviveAsText() throws {
        for chart in ChartSamples.all() + ChartSamples.allEmpty() {
            #expect(!chart.svg.contains("<script>"), "\(chart.name)")
            #expect(chart.svg.contains("&lt;script&gt;&amp;&quot;&#39;"), "\(chart.name)")
            let inspection = try #require(SVGInspection.parse(chart.svg))
            #expect(inspection.title == "Title <script>&\"'", "\(chart.name)")
            #expect(inspection.chartDescription?.hasPrefix("Summary <script>&\"'.") == true, "\(chart.name)")
        }
    }

    @Test func rootIsAResponsiveLabeledImage() throws {
        for chart in ChartSamples.all() + ChartSamples.allEmpty() {
            let inspection = try #require(SVGInspection.parse(chart.svg))
            let root = try #require(inspection.root)
            #expect(root.name == "svg")
            #expect(root.attributes["role"] == "img")
            #expect(root.attributes["width"] == nil && root.attributes["height"] == nil, "sized by CSS, not attributes")
            #expect(root.attributes["viewBox"]?.hasPrefix("0 0 340 ") == true)
            #expect(root.hasClass("chart"))
            let labelledBy = (root.attributes["aria-labelledby"] ?? "").split(separator: " ").map(String.init)
            let titleID = inspection.elements(named: "title").first?.attributes["id"]
            let descriptionID = inspection.elements(named: "desc").first?.attributes["id"]
            #expect(labelledBy == [titleID, descriptionID].compactMap { $0 }, "\(chart.name)")
            #expect(labelledBy.count == 2)
        }
    }

    /// Charts are shown at least as wide as they are drawn on a 390 px phone (see
    /// ``ChartTypography``), so a size in the drawing is the smallest size a reader sees.
    @Test func noTextIsDrawnSmallerThanTheMinimum() throws {
        let radial = RadarChart(axes: (1...12).map { "Competency \($0)" }, scaleMaximum: 10,
                                series: [RadarSeries(name: "A", values: (1...12).map { Double($0 % 10) })], text: ChartSamples.text)
        for chart in ChartSamples.all() + ChartSamples.allEmpty() + [("radar, radial", radial.render())] {
            let inspection = try #require(SVGInspection.parse(chart.svg))
            let inherited = try #require(inspection.root?.number("font-size"))
            let texts = inspection.elements(named: "text")
            #expect(!texts.isEmpty, "\(chart.name)")
            for text in texts {
                let size = text.number("font-size") ?? inherited
                #expect(size >= ChartTypography.minimumSize, "\(chart.name): \(text.text) at \(size)")
            }
        }
    }

    @Test func coordinatesNeverContainACommaEvenInSwedish() throws {
        for chart in ChartSamples.all(.swedish) + ChartSamples.allEmpty() {
            let inspection = try #require(SVGInspection.parse(chart.svg))
            #expect(!inspection.geometryValues.isEmpty)
            for value in inspection.geometryValues {
                #expect(!value.contains(","), "\(chart.name): \(value)")
                #expect(!value.lowercased().contains("nan") && !value.lowercased().contains("inf"), "\(chart.name): \(value)")
            }
        }
    }

    @Test func coordinatesHaveAtMostTwoDecimals() throws {
        let inspection = try #require(SVGInspection.parse(ChartSamples.radar().render()))
        for value in inspection.geometryValues {
            for number in value.split(whereSeparator: { " ()".contains($0) }) where Double(number) != nil {
                let decimals = number.split(separator: ".").dropFirst().first?.count ?? 0
                #expect(decimals <= 2, "\(number)")
            }
        }
    }

    @Test func renderingIsDeterministic() {
        let first = ChartSamples.all(.swedish).map(\.svg)
        let second = ChartSamples.all(.swedish).map(\.svg)
        #expect(first == second)
        #expect(ChartSamples.allEmpty().map(\.svg) == ChartSamples.allEmpty().map(\.svg))
    }

    @Test func emptyDataRendersTheCallersNoDataText() throws {
        for chart in ChartSamples.allEmpty() {
            let inspection = try #require(SVGInspection.parse(chart.svg), "\(chart.name)")
            #expect(inspection.root?.hasClass("chart-empty") == true, "\(chart.name)")
            #expect(inspection.elements(named: "text").first?.text == "Nothing <script>&\"'", "\(chart.name)")
            #expect(inspection.chartDescription?.contains("Nothing <script>") == true, "\(chart.name)")
        }
    }

    @Test func chartsWithDataAreNotMarkedEmpty() throws {
        for chart in ChartSamples.all() {
            let inspection = try #require(SVGInspection.parse(chart.svg))
            #expect(inspection.root?.hasClass("chart-empty") == false, "\(chart.name)")
        }
    }

    @Test func differentChartsGetDifferentIDs() throws {
        let ids = try ChartSamples.all().map { chart in
            try #require(SVGInspection.parse(chart.svg)?.elements(named: "title").first?.attributes["id"])
        }
        #expect(Set(ids).count == ids.count)
    }

    @Test func callerChosenIdentifierIsSanitized() throws {
        #expect(ChartIdentifier("Anna Åberg 1").rawValue == "Annaberg1")
        #expect(ChartIdentifier("42 <x>").rawValue == "chart-42x")
        var chart = ChartSamples.line()
        chart.identifier = ChartIdentifier("trend\"><script>")
        let inspection = try #require(SVGInspection.parse(chart.render()))
        #expect(inspection.elements(named: "title").first?.attributes["id"] == "trendscript-title")
    }

    @Test func patternIDsCarryTheChartIdentifier() throws {
        var chart = ChartSamples.stackedBars()
        chart.identifier = ChartIdentifier("week-chart")
        let inspection = try #require(SVGInspection.parse(chart.render()))
        let patterns = inspection.elements(named: "pattern").compactMap { $0.attributes["id"] }
        #expect(!patterns.isEmpty)
        #expect(patterns.allSatisfy { $0.hasPrefix("week-chart-") })
        let references = inspection.elements.compactMap { $0.attributes["fill"] }
        #expect(references.allSatisfy { reference in patterns.contains { reference == "url(#\($0))" } })
    }

    @Test func everyStylingClassHasARule() throws {
        // Classes that only group or name elements; everything else must be styled.
        let structural: Set<String> = [
            "chart-radar", "chart-stacked-bars", "chart-funnel", "chart-pressure", "chart-line", "chart-empty", "chart-dash-solid",
            "chart-grid-lines", "chart-level-labels",
            "chart-series-set", "chart-series", "chart-missing-marks", "chart-axis-labels", "chart-axis-label",
            "chart-axis-text", "chart-legend", "chart-legend-item", "chart-legend-text", "chart-y-axis", "chart-x-axis",
            "chart-bars", "chart-bar-missing", "chart-stage-stalled", "chart-stall-badge", "chart-pressure-row",
            "chart-row-label", "chart-hover-columns", "chart-rise-flat", "chart-bar-text",
        ]
        let stylesheet = ChartStylesheet.stylesheet
        for chart in ChartSamples.all() + ChartSamples.allEmpty() {
            let inspection = try #require(SVGInspection.parse(chart.svg))
            let classes = Set(inspection.elements.flatMap(\.classes))
            for name in classes where !structural.contains(name) && !name.hasPrefix("chart-series-") {
                #expect(stylesheet.contains(".\(name) ") || stylesheet.contains(".\(name),") || stylesheet.contains(".\(name):"),
                        "\(chart.name): no rule for .\(name)")
            }
        }
    }
}
