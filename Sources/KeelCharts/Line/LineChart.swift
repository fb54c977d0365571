/// Trends over time: several series against shared x labels (months, cycles), with a rounded
/// y axis and gaps where a value is missing.
///
/// ```swift
/// let svg = LineChart(
///     xLabels: ["Jan", "Feb", "Mar"],
///     series: [
///         LineSeries(name: "Win rate", values: [0.21, nil, 0.27]),
///     ],
///     valueStyle: .percent,
///     text: ChartText(title: "Win rate per month", noData: "No closed deals yet", missingValue: "no data")
/// ).render()
/// ```
public struct LineChart: Hashable, Sendable {
    public enum ValueStyle: Hashable, Sendable {
        /// Plain numbers (counts, levels) with at most this many decimals.
        case number(maximumFractionDigits: Int)
        /// Values are shares 0…1 shown as percentages.
        case percent
    }

    public enum YRange: Hashable, Sendable {
        /// Rounded to nice ticks around the data; from zero when `includingZero` (counts,
        /// rates), so a small change does not look like a collapse.
        case automatic(includingZero: Bool)
        /// A fixed range such as a rating scale 1…5, widened only to a round number.
        case fixed(lower: Double, upper: Double)
    }

    public var xLabels: [String]
    /// Indices of x labels drawn however crowded the axis, such as the week that opens a year.
    public var keptXLabels: [Int]
    public var series: [LineSeries]
    public var valueStyle: ValueStyle
    public var yRange: YRange
    public var text: ChartText
    public var numberFormat: ChartNumberFormat
    public var identifier: ChartIdentifier?

    public init(xLabels: [String], keptXLabels: [Int] = [], series: [LineSeries], valueStyle: ValueStyle = .number(maximumFractionDigits: 1),
                yRange: YRange = .automatic(includingZero: true), text: ChartText,
                numberFormat: ChartNumberFormat = .english, identifier: ChartIdentifier? = nil) {
        self.xLabels = xLabels
        self.keptXLabels = keptXLabels
        self.series = series
        self.valueStyle = valueStyle
        self.yRange = yRange
        self.text = text
        self.numberFormat = numberFormat
        self.identifier = identifier
    }

    static let kind = "line"
    static let plotHeight = 150.0

    private var presentValues: [Double] {
        series.flatMap { $0.values.prefix(xLabels.count).compactMap(\.finiteOrNil) }
    }

    public var isEmpty: Bool { xLabels.isEmpty || presentValues.isEmpty }

    /// The y axis for the data and the requested range.
    public var ticks: NiceTicks {
        switch yRange {
        case .fixed(let lower, let upper):
            return NiceTicks.covering(lower, upper, targetCount: 5)
        case .automatic(let includingZero):
            let values = presentValues
            let lowest = values.min() ?? 0
            let highest = values.max() ?? 1
            return NiceTicks.covering(includingZero ? min(lowest, 0) : lowest, includingZero ? max(highest, 0) : highest,
                                      targetCount: 5)
        }
    }

    public func render() -> String {
        if isEmpty { return SVGDocument.noData(kind: Self.kind, text: text, identifier: identifier) }
        let width = ChartTypography.chartWidth
        let description = describe()
        let identifier = self.identifier ?? .derived(kind: Self.kind, content: [text.title, description])

        let legend = LegendLayout.render(
            series.indices.map { LegendItem(label: series[$0].name, swatch: .series(SeriesStyle.automatic($0))) },
            origin: ChartPoint(x: 8, y: 4), availableWidth: width - 16, identifier: identifier
        )
        let ticks = self.ticks
        let tickLabels = ticks.values.map(format)
        let widestTick = tickLabels.map { TextMetrics.estimatedWidth(of: $0, fontSize: ChartTypography.tickSize) }.max() ?? 0
        let plotLeft = 8 + widestTick + 6
        let plotRight = width - 12
        let plotWidth = plotRight - plotLeft
        let plotTop = 4 + legend.height + 10
        let plotBottom = plotTop + Self.plotHeight
        let yScale = LinearScale(domain: ticks.lower...ticks.upper, from: plotBottom, to: plotTop)
        let count = xLabels.count

        var content: [SVGNode] = [legend.node]
        content.append(.group("chart-y-axis", [], ticks.values.enumerated().flatMap { index, tick -> [SVGNode] in
            let y = yScale.position(of: tick)
            return [
                .line(from: ChartPoint(x: plotLeft, y: y), to: ChartPoint(x: plotRight, y: y),
                      className: index == 0 ? "chart-baseline" : "chart-gridline"),
                .label(tickLabels[index], at: ChartPoint(x: plotLeft - 5, y: y + 4), size: ChartTypography.tickSize,
                       anchor: .end, className: "chart-tick-text"),
            ]
        }))

        // One transparent column per x label carries a tooltip with every series' value there.
        let column = count > 1 ? plotWidth / Double(count - 1) : plotWidth
        content.append(.group("chart-hover-columns", [], (0..<count).map { index in
            let x = LineGeometry.x(index: index, count: count, plotLeft: plotLeft, plotWidth: plotWidth)
            let left = max(x - column / 2, plotLeft - 4)
            let right = min(x + column / 2, plotRight + 4)
            return .rect(x: left, y: plotTop, width: right - left, height: Self.plotHeight, className: "chart-hover",
                         children: [.title(ChartDescription.item(xLabels[index], values(at: index)))])
        }))

        let markerSize = count > 24 ? 4.5 : 6.0
        content.append(.group("chart-series-set", [], series.indices.map { index in
            let style = SeriesStyle.automatic(index)
            let points: [ChartPoint?] = (0..<count).map { position in
                guard position < series[index].values.count, let value = series[index].values[position].finiteOrNil else { return nil }
                return ChartPoint(x: LineGeometry.x(index: position, count: count, plotLeft: plotLeft, plotWidth: plotWidth),
                                  y: yScale.position(of: value))
            }
            var nodes: [SVGNode] = LineGeometry.runs(points).filter { $0.count > 1 }.map {
                .polyline($0, className: "chart-trace \(style.strokeClasses)")
            }
            nodes += points.compactMap { $0 }.map {
                style.marker.node(at: $0, size: markerSize, className: "chart-marker \(style.fillClass)")
            }
            return .group("chart-series chart-series-\(index + 1)", [], nodes)
        }))
        content.append(xAxisLabels(plotLeft: plotLeft, plotWidth: plotWidth, baseline: plotBottom + 14, chartWidth: width))

        return SVGDocument(
            kind: Self.kind, identifier: identifier, width: width, height: plotBottom + 20,
            title: text.title, description: description, content: content
        ).render()
    }

    private func xAxisLabels(plotLeft: Double, plotWidth: Double, baseline: Double, chartWidth: Double) -> SVGNode {
        let fontSize = ChartTypography.tickSize
        let count = xLabels.count
        let labels = xLabels.map(LabelWrapping.normalized)
        let widths = labels.map { TextMetrics.estimatedWidth(of: $0, fontSize: fontSize) }
        let slot = count > 1 ? plotWidth / Double(count - 1) : plotWidth
        let step = LabelThinning.step(slotWidth: slot, widestLabel: widths.max() ?? 0, minimumGap: 6)
        return .group("chart-x-axis", [], LabelThinning.visibleIndices(count: count, step: step, keeping: keptXLabels).map { index in
            let half = widths[index] / 2
            let x = LineGeometry.x(index: index, count: count, plotLeft: plotLeft, plotWidth: plotWidth)
            return .label(labels[index], at: ChartPoint(x: min(max(x, half + 2), chartWidth - half - 2), y: baseline),
                          size: fontSize, anchor: .middle, className: "chart-tick-text")
        })
    }

    private func format(_ value: Double) -> String {
        switch valueStyle {
        case .number(let digits): numberFormat.number(value, maximumFractionDigits: digits)
        case .percent: numberFormat.percent(value, maximumFractionDigits: 1)
        }
    }

    /// "Win rate 21 %, Calls no data"
    private func values(at index: Int) -> String {
        series.map { series in
            let value = index < series.values.count ? series.values[index].finiteOrNil : nil
            return "\(LabelWrapping.normalized(series.name)) \(value.map(format) ?? text.missingValue)"
        }.joined(separator: ", ")
    }

    /// Per series: "Win rate: Jan 21 %, Feb no data, Mar 27 %".
    private func describe() -> String {
        ChartDescription.compose(summary: text.summary, items: series.map { series in
            ChartDescription.item(series.name, xLabels.indices.map { index in
                let value = index < series.values.count ? series.values[index].finiteOrNil : nil
                return "\(LabelWrapping.normalized(xLabels[index])) \(value.map(format) ?? text.missingValue)"
            }.joined(separator: ", "))
        })
    }
}
