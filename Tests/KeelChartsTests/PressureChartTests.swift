import Testing
@testable import KeelCharts

@Suite struct PressureChartTests {
    let text = ChartText(title: "Under pressure", noData: "Not enough weeks", missingValue: "no data")
    let phrases = PressureText(normalWeeks: "Normal", highLoadWeeks: "High load", rise: "{points} pp")

    @Test func theRiseIsHighLoadMinusNormal() {
        let rise = PressureRow(label: "Calls", normalRate: 0.12, highLoadRate: 0.30).rise
        #expect(abs((rise ?? 0) - 0.18) < 1e-12)
        #expect(PressureRow(label: "Calls", normalRate: nil, highLoadRate: 0.3).rise == nil)
        #expect(PressureRow(label: "Calls", normalRate: .nan, highLoadRate: 0.3).rise == nil)
        #expect(PressureRow(label: "Calls", normalRate: -1, highLoadRate: 2).rise == 1, "rates are held inside 0…1")
    }

    @Test func rowsAreSortedByRiseWithUnknownsLast() {
        let rows = [
            PressureRow(label: "a", normalRate: 0.2, highLoadRate: 0.38),
            PressureRow(label: "b", normalRate: nil, highLoadRate: 0.9),
            PressureRow(label: "c", normalRate: 0.2, highLoadRate: 0.18),
            PressureRow(label: "d", normalRate: 0.1, highLoadRate: 0.6),
            PressureRow(label: "e", normalRate: 0.3, highLoadRate: 0.8),
            PressureRow(label: "f", normalRate: 0.4, highLoadRate: nil),
        ]
        #expect(PressureGeometry.sorted(rows).map(\.label) == ["d", "e", "a", "c", "b", "f"])
    }

    @Test func barLengthsFollowTheRates() throws {
        let chart = PressureChart(rows: [PressureRow(label: "Calls", normalRate: 0.125, highLoadRate: 1.5)], text: text, phrases: phrases)
        #expect(PressureGeometry.barLength(rate: 0.5, plotWidth: 200) == 100)
        let inspection = try #require(SVGInspection.parse(chart.render()))
        let normal = inspection.elements(named: "rect", withClass: "chart-pressure-normal").filter { $0.ancestorClasses.contains("chart-pressure-row") }
        let high = inspection.elements(named: "rect", withClass: "chart-pressure-high").filter { $0.ancestorClasses.contains("chart-pressure-row") }
        #expect(normal.first?.number("width") == chart.plotWidth * 0.125)
        #expect(high.first?.number("width") == chart.plotWidth)
    }

    @Test func theRiseIsLabeledInPercentagePoints() throws {
        let chart = PressureChart(rows: [
            PressureRow(label: "Calls", normalRate: 0.12, highLoadRate: 0.30),
            PressureRow(label: "Meetings", normalRate: 0.20, highLoadRate: 0.16),
            PressureRow(label: "Visits", normalRate: nil, highLoadRate: 0.2),
        ], text: text, phrases: phrases)
        let inspection = try #require(SVGInspection.parse(chart.render()))
        let rises = inspection.elements(named: "text", withClass: "chart-rise")
        #expect(rises.map(\.text) == ["+18 pp", "\u{2212}4 pp"])
        #expect(rises[0].hasClass("chart-rise-up") && rises[1].hasClass("chart-rise-down"))
        #expect(inspection.chartDescription == "Calls: Normal 12%, High load 30%, +18 pp; Meetings: Normal 20%, High load 16%, "
            + "\u{2212}4 pp; Visits: Normal no data, High load 20%.")
        let labels = inspection.elements(named: "text", withClass: "chart-row-label").map(\.text)
        #expect(labels == ["Calls", "Meetings", "Visits"])
    }
}
