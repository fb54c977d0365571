import Testing
@testable import KeelCharts

@Suite struct RadarChartTests {
    let text = ChartText(title: "Profile", noData: "No ratings", missingValue: "not rated")

    @Test func aCompleteSeriesIsAPolygonThroughItsVertices() throws {
        let chart = RadarChart(axes: ["A", "B", "C", "D"], scaleMaximum: 5,
                               series: [RadarSeries(name: "Anna", values: [5, 4, 3, 2])], text: text)
        let inspection = try #require(SVGInspection.parse(chart.render()))
        let area = try #require(inspection.elements(named: "polygon", withClass: "chart-area").first)
        let points = parsePoints(try #require(area.attributes["points"]))
        let geometry = chart.geometry
        #expect(points.count == 4)
        #expect(abs(points[0].x - geometry.center.x) < 0.01)
        #expect(abs(points[0].y - (geometry.center.y - geometry.radius)) < 0.01)
        #expect(abs(points[1].x - (geometry.center.x + geometry.radius * 4 / 5)) < 0.01)
        #expect(abs(points[2].y - (geometry.center.y + geometry.radius * 3 / 5)) < 0.01)
    }

    /// The results page's eight Swedish competency names: the two beside the left and right
    /// spokes were cut ("Bredd i kundrelatio…") while the rings kept their full size.
    @Test func theRingsMakeRoomForALongWordBesideASpoke() {
        let axes = ["Byta eftergifter", "Upphandling och ramavtal", "Gemensam handlingsplan", "Be om beslut",
                    "Uppföljning av levererat värde", "Utveckling av befintliga kunder", "Bredd i kundrelationen", "Uppdaterat CRM"]
        let chart = RadarChart(axes: axes, scaleMaximum: 5, series: [RadarSeries(name: "Karin", values: [2, 3, 3, 5, 4, 2, 2, 2])], text: text)
        let geometry = chart.geometry
        #expect(geometry.radius < RadarChart.uprightRadius && geometry.radius >= RadarChart.minimumUprightRadius)
        for index in axes.indices {
            let label = RadarAxisLabel.layout(axes[index], axis: index, geometry: geometry, chartWidth: ChartTypography.chartWidth)
            #expect(!label.isTruncated, "\(axes[index]): \(label.lines)")
        }
        let short = RadarChart(axes: ["A", "B", "C", "D"], scaleMaximum: 5, series: [], text: text)
        #expect(short.geometry.radius == RadarChart.uprightRadius, "short names keep the full rings")
        let absurd = RadarChart(axes: ["A", "B", "C", String(repeating: "x", count: 60)], scaleMaximum: 5, series: [], text: text)
        #expect(absurd.geometry.radius == RadarChart.minimumUprightRadius, "a name no room can hold is cut, the rings stay readable")
    }

    @Test func missingValuesLeaveGapsAndNeverTouchTheCenter() throws {
        let chart = RadarChart(axes: ["A", "B", "C", "D", "E"], scaleMaximum: 5,
                               series: [RadarSeries(name: "Anna", values: [3, 3, nil, 4, .nan])], text: text)
        let inspection = try #require(SVGInspection.parse(chart.render()))
        let center = chart.geometry.center
        #expect(inspection.elements(named: "polygon", withClass: "chart-area").isEmpty, "no filled shape across the gap")
        let lines = inspection.elements(named: "polyline", withClass: "chart-trace")
        #expect(lines.count == 1)
        #expect(parsePoints(lines[0].attributes["points"] ?? "").count == 2)  // A–B only; D stands alone
        let markers = inspection.elements(withClass: "chart-marker").filter { $0.ancestorClasses.contains("chart-series-1") }
        #expect(markers.count == 3)
        for marker in markers {
            #expect(marker.number("cx") != center.x || marker.number("cy") != center.y)
        }
        let unrated = inspection.elements(withClass: "chart-missing-mark").filter { $0.ancestorClasses.contains("chart-missing-marks") }
        #expect(unrated.count == 2)
        #expect(inspection.elements(withClass: "chart-axis-unrated").count == 2)
        #expect(inspection.chartDescription == "A: Anna 3; B: Anna 3; C: Anna not rated; D: Anna 4; E: Anna not rated.")
    }

    @Test func theLegendExplainsTheMissingMarkOnlyWhenUsed() throws {
        let complete = RadarChart(axes: ["A", "B", "C"], scaleMaximum: 3,
                                  series: [RadarSeries(name: "Anna", values: [1, 2, 3])], text: text)
        let incomplete = RadarChart(axes: ["A", "B", "C"], scaleMaximum: 3,
                                    series: [RadarSeries(name: "Anna", values: [1, nil, 3])], text: text)
        let legendTexts = { (chart: RadarChart) throws -> [String] in
            try #require(SVGInspection.parse(chart.render())).elements(named: "text", withClass: "chart-legend-text").map(\.text)
        }
        #expect(try legendTexts(complete) == ["Anna"])
        #expect(try legendTexts(incomplete) == ["Anna", "not rated"])
    }

    @Test func aRingPerLevelOfTheScale() throws {
        for maximum in [3, 5, 10] {
            let chart = RadarChart(axes: ["A", "B", "C"], scaleMaximum: maximum,
                                   series: [RadarSeries(name: "X", values: [1, 2, 3])], text: text)
            let inspection = try #require(SVGInspection.parse(chart.render()))
            #expect(inspection.elements(named: "polygon", withClass: "chart-grid").count == maximum)
        }
    }

    @Test func targetAndSelfAssessmentAreOutlinesWithTheirOwnDash() throws {
        let chart = RadarChart(axes: ["A", "B", "C"], scaleMaximum: 5, series: [
            RadarSeries(name: "Result", values: [3, 3, 3]),
            RadarSeries(name: "Target", values: [4, 4, 4]),
            RadarSeries(name: "Self", values: [5, 5, 5]),
        ], text: text)
        let inspection = try #require(SVGInspection.parse(chart.render()))
        let outlines = inspection.elements(named: "polygon", withClass: "chart-outline")
        #expect(outlines.count == 2)
        #expect(outlines.contains { $0.hasClass("chart-dash-dashed") })
        #expect(outlines.contains { $0.hasClass("chart-dash-dotted") })
        #expect(inspection.chartDescription == "A: Result 3, Target 4, Self 5; B: Result 3, Target 4, Self 5; C: Result 3, Target 4, Self 5.")
    }

    @Test func thirtyLongAxesAreWrittenAlongTheirSpokesWithFullTitles() throws {
        let axes = (1...30).map { "Competency number \($0) with a rather long name" }
        let chart = RadarChart(axes: axes, scaleMaximum: 10,
                               series: [RadarSeries(name: "Anna", values: (0..<30).map { Double($0 % 10 + 1) })], text: text)
        let inspection = try #require(SVGInspection.parse(chart.render()))
        let labels = inspection.elements(named: "text", withClass: "chart-axis-text")
        #expect(labels.count == 30)
        #expect(labels.allSatisfy { $0.attributes["transform"]?.hasPrefix("rotate(") == true })
        #expect(labels.allSatisfy { $0.text.hasSuffix("…") })
        let titles = inspection.elements(named: "title").filter { $0.ancestorClasses.contains("chart-axis-label") }
        #expect(titles.count == 30)
        #expect(titles[11].text == "Competency number 12 with a rather long name: Anna 2")
        let geometry = chart.geometry
        for axis in axes.indices {
            // The far end of the text, along its spoke, stays inside the 340-unit square.
            let label = RadarAxisLabel.layout(axes[axis], axis: axis, geometry: geometry, chartWidth: 340)
            let end = ChartPoint.polar(center: label.rotationCenter, radius: label.length, angle: geometry.angle(ofAxis: axis))
            #expect(end.x >= 0 && end.x <= 340 && end.y >= 0 && end.y <= 340, "axis \(axis): \(end)")
        }
    }

    @Test func uprightLabelsStayInsideTheChart() {
        let names = ["Prospektering", "Behovsanalys och frågeteknik", "Förhandling", "Affärsmannaskap",
                     "Presentation", "Avslut", "Relationsbyggande med nyckelkunder", "Æøå"]
        let chart = RadarChart(axes: names, scaleMaximum: 5, series: [], text: text)
        let geometry = chart.geometry
        for index in names.indices {
            let label = RadarAxisLabel.layout(names[index], axis: index, geometry: geometry, chartWidth: 340)
            #expect(label.rotation == 0)
            #expect(!label.lines.isEmpty && label.lines.count <= 2)
            for line in label.lines {
                let lineWidth = TextMetrics.estimatedWidth(of: line, fontSize: label.fontSize)
                let left: Double = switch label.anchor {
                case .start: label.origin.x
                case .middle: label.origin.x - lineWidth / 2
                case .end: label.origin.x - lineWidth
                }
                #expect(left >= 0 && left + lineWidth <= 340, "\(line)")
            }
            #expect(label.origin.y > 0)
        }
    }

    @Test func seriesLongerOrShorterThanTheAxesAreLinedUp() throws {
        let chart = RadarChart(axes: ["A", "B", "C"], scaleMaximum: 5, series: [
            RadarSeries(name: "Short", values: [2]),
            RadarSeries(name: "Long", values: [1, 2, 3, 4, 5]),
        ], text: text)
        let inspection = try #require(SVGInspection.parse(chart.render()))
        #expect(inspection.chartDescription == "A: Short 2, Long 1; B: Short not rated, Long 2; C: Short not rated, Long 3.")
    }
}
