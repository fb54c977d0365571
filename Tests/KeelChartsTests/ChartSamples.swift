import KeelCharts

/// One example of each chart, with hostile labels, for tests that apply to all of them.
enum ChartSamples {
    static let hostile = "<script>&\"'"
    static let text = ChartText(title: "Title \(hostile)", summary: "Summary \(hostile)", noData: "Nothing \(hostile)",
                                missingValue: "missing \(hostile)")
    static let funnelPhrases = FunnelText(reached: "{count} deals", conversion: "{percent} to next",
                                          medianDays: "median {days} d", stalled: "{count} stalled \(hostile)")
    static let pressurePhrases = PressureText(normalWeeks: "Normal \(hostile)", highLoadWeeks: "High \(hostile)", rise: "{points} pp")

    static func radar(_ format: ChartNumberFormat = .english) -> RadarChart {
        RadarChart(axes: ["Förhandling \(hostile)", "Behovsanalys", "Æøå prospektering", "Avslut"], scaleMaximum: 5,
                   series: [RadarSeries(name: "Åsa \(hostile)", values: [3.5, nil, 4, .nan]),
                            RadarSeries(name: "Target", values: [4, 4, 3, 3])],
                   text: text, numberFormat: format)
    }

    static func stackedBars(_ format: ChartNumberFormat = .english) -> StackedBarChart {
        StackedBarChart(categories: ["Selling \(hostile)", "Supporting", "Internal"],
                        bars: [StackedBar(label: "W1 \(hostile)", values: [10.5, 5, 2.25]),
                               StackedBar(label: "W2", values: [nil, .infinity, nil])],
                        text: text, numberFormat: format)
    }

    static func funnel(_ format: ChartNumberFormat = .english) -> FunnelChart {
        FunnelChart(stages: [FunnelStage(name: "Qualify \(hostile)", reached: 1_234, conversionRate: 0.625, medianDaysInStage: 9.5, stalled: 3),
                             FunnelStage(name: "Won", reached: 77, conversionRate: .nan)],
                    text: text, phrases: funnelPhrases, numberFormat: format)
    }

    static func pressure(_ format: ChartNumberFormat = .english) -> PressureChart {
        PressureChart(rows: [PressureRow(label: "Calls \(hostile)", normalRate: 0.125, highLoadRate: 0.305),
                             PressureRow(label: "Visits", normalRate: .nan, highLoadRate: 0.2)],
                      text: text, phrases: pressurePhrases, numberFormat: format)
    }

    static func line(_ format: ChartNumberFormat = .english) -> LineChart {
        LineChart(xLabels: ["Jan \(hostile)", "Feb", "Mar"],
                  series: [LineSeries(name: "Price \(hostile)", values: [1.5, nil, 2.75]),
                           LineSeries(name: "Timing", values: [0.5, .nan, 1])],
                  text: text, numberFormat: format)
    }

    /// Every chart, rendered.
    static func all(_ format: ChartNumberFormat = .english) -> [(name: String, svg: String)] {
        [
            ("radar", radar(format).render()),
            ("stacked bars", stackedBars(format).render()),
            ("funnel", funnel(format).render()),
            ("pressure", pressure(format).render()),
            ("line", line(format).render()),
        ]
    }

    /// Every chart with nothing to draw.
    static func allEmpty() -> [(name: String, svg: String)] {
        [
            ("radar", RadarChart(axes: [], scaleMaximum: 5, series: [], text: text).render()),
            ("radar, all missing", RadarChart(axes: ["A", "B", "C"], scaleMaximum: 5,
                                              series: [RadarSeries(name: "A", values: [nil, .nan, nil])], text: text).render()),
            ("stacked bars", StackedBarChart(categories: ["A"], bars: [], text: text).render()),
            ("stacked bars, all NaN", StackedBarChart(categories: ["A", "B"], bars: [StackedBar(label: "W1", values: [.nan, nil])],
                                                       text: text).render()),
            ("funnel", FunnelChart(stages: [], text: text, phrases: funnelPhrases).render()),
            ("funnel, nobody entered", FunnelChart(stages: [FunnelStage(name: "A", reached: 0)], text: text,
                                                   phrases: funnelPhrases).render()),
            ("pressure", PressureChart(rows: [], text: text, phrases: pressurePhrases).render()),
            ("pressure, no rates", PressureChart(rows: [PressureRow(label: "A", normalRate: nil, highLoadRate: .nan)], text: text,
                                                 phrases: pressurePhrases).render()),
            ("line", LineChart(xLabels: [], series: [], text: text).render()),
            ("line, all missing", LineChart(xLabels: ["a", "b"], series: [LineSeries(name: "s", values: [.nan, nil])],
                                            text: text).render()),
        ]
    }
}
