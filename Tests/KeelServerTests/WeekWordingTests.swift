@testable import KeelServer
import KeelCharts
import SalesDomain
import Testing

/// Weeks as the reader says them (issue 13): in sentences, and as a chart's axis labels.
@Suite struct WeekWordingTests {
    static func week(_ year: Int, _ number: Int) -> ISOWeek { ISOWeek(year: year, week: number)! }

    @Test func aRunOfWeeksIsWordedInTheReadersLanguage() {
        let autumn = Self.week(2026, 36)...Self.week(2026, 48)
        #expect(Localizer(.swedish).weeks(autumn) == "vecka 36–48 2026")
        #expect(Localizer(.norwegianBokmal).weeks(autumn) == "uke 36–48 2026")
        #expect(Localizer(.english).weeks(autumn) == "weeks 36–48, 2026")
        #expect(Localizer(.swedish).weeks(Self.week(2025, 50)...Self.week(2026, 10)) == "vecka 50 2025 – vecka 10 2026")
    }

    /// Within one year, bare week numbers; across a new year, the first week and the first of
    /// each new year carry their year, so "v52, v1" never reads as going backwards.
    @Test func axisLabelsCarryTheYearOnlyWhereANewYearOpens() {
        let autumn = ISOWeek.all(in: Self.week(2026, 36)...Self.week(2026, 38))
        #expect(Localizer(.english).weekAxisLabels(autumn) == ["W36", "W37", "W38"])
        #expect(Localizer(.swedish).weekAxisLabels(autumn) == ["v36", "v37", "v38"])
        #expect(Localizer(.norwegianBokmal).weekAxisLabels(autumn) == ["u36", "u37", "u38"])
        let turn = ISOWeek.all(in: Self.week(2025, 51)...Self.week(2026, 2))
        #expect(Localizer(.swedish).weekAxisLabels(turn) == ["v51 2025", "v52", "v1 2026", "v2"])
        #expect(Localizer(.english).weekAxisLabels([]) == [])
    }

    /// A year of weeks on a phone draws every fifth label; the one that says the new year is
    /// drawn anyway.
    @Test func theWeekThatOpensAYearIsDrawnOnACrowdedAxis() {
        let year = ISOWeek.all(in: Self.week(2025, 50)...Self.week(2026, 49))
        #expect(Localizer(.english).weekAxisYearStarts(year) == [3])
        #expect(Localizer(.english).weekAxisYearStarts(ISOWeek.all(in: Self.week(2026, 36)...Self.week(2026, 38))) == [])
        let chart = StackedBarChart(
            categories: ["Selling"], bars: Localizer(.english).weekAxisLabels(year).map { StackedBar(label: $0, values: [1]) },
            keptLabels: Localizer(.english).weekAxisYearStarts(year),
            text: ChartText(title: "Time", noData: "none", missingValue: "no data"))
        let axis = String(chart.render().split(separator: "chart-x-axis").last ?? "")
        #expect(axis.contains(">W1 2026<"))
    }
}
