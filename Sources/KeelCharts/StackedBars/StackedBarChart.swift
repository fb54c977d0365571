/// Stacked bars, one per week, split by category: how the hours went to selling,
/// supporting and internal work.
///
/// ```swift
/// let svg = StackedBarChart(
///     categories: ["Selling", "Supporting", "Internal"],
///     bars: [
///         StackedBar(label: "W12", values: [22, 9, 6]),
///         StackedBar(label: "W13", values: [nil, nil, nil]),   // no data that week
///     ],
///     text: ChartText(title: "Time allocation", noData: "No activities yet", missingValue: "no data")
/// ).render()
/// ```
public struct StackedBarChart: Hashable, Sendable {
    public enum Scale: Hashable, Sendable {
        /// Each bar shows shares of its own total; the y axis runs 0–100 %.
        case percentOfTotal
        /// Bars show the values themselves (e.g. hours) on a rounded axis from 0;
        /// `valueTemplate` writes one value in words, e.g. "{value} h".
        case absolute(valueTemplate: String)
    }

    /// Legend labels, bottom segment first.
    public var categories: [String]
    public var bars: [StackedBar]
    /// Indices of bars whose label is drawn however crowded the axis, such as the week that
    /// opens a year.
    public var keptLabels: [Int]
    public var scale: Scale
    public var text: ChartText
    public var numberFormat: ChartNumberFormat
    public var identifier: ChartIdentifier?

    public init(categories: [String], bars: [StackedBar], keptLabels: [Int] = [], scale: Scale = .percentOfTotal, text: ChartText,
                numberFormat: ChartNumberFormat = .english, identifier: ChartIdentifier? = nil) {
        self.categories = categories
        self.bars = bars
        self.keptLabels = keptLabels
        self.scale = scale
        self.text = text
        self.numberFormat = numberFormat
        self.identifier = identifier
    }

    static let kind = "stacked-bars"
    static let plotHeight = 150.0

    public var isEmpty: Bool {
        categories.isEmpty || !bars.contains { stack($0) != nil }
    }

    private var isNormalized: Bool { scale == .percentOfTotal }

    private func stack(_ bar: StackedBar) -> [StackedSegment]? {
        StackedBarGeometry.stack(value(of: bar), normalized: isNormalized)
    }

    /// The bar's values lined up with the categories: extra values dropped, missing ones nil.
    private func value(of bar: StackedBar) -> [Double?] {
        categories.indices.map { $0 < bar.values.count ? bar.values[$0] : nil }
    }

    /// The y axis: 0–100 % in quarters, or rounded ticks up to the tallest bar.
    public var ticks: NiceTicks {
        if isNormalized { return NiceTicks(lower: 0, upper: 1, step: 0.25, values: [0, 0.25, 0.5, 0.75, 1]) }
        let tallest = bars.compactMap { stack($0)?.last?.upper }.max() ?? 1
        return NiceTicks.covering(0, tallest, targetCount: 5)
    }

    public func render() -> String {
        if isEmpty { return SVGDocument.noData(kind: Self.kind, text: text, identifier: identifier) }
        let width = ChartTypography.chartWidth
        let description = describe()
        let identifier = self.identifier ?? .derived(kind: Self.kind, content: [text.title, description])
        let fills = categories.indices.map { CategoryFill(index: $0) }

        let legend = LegendLayout.render(
            categories.indices.map { LegendItem(label: categories[$0], swatch: .category(fills[$0])) },
            origin: ChartPoint(x: 8, y: 4), availableWidth: width - 16, identifier: identifier
        )
        let ticks = self.ticks
        let tickLabels = ticks.values.map(tickLabel)
        let widestTick = tickLabels.map { TextMetrics.estimatedWidth(of: $0, fontSize: ChartTypography.tickSize) }.max() ?? 0
        let plotLeft = 8 + widestTick + 6
        let plotRight = width - 8
        // A note above a bar needs a line of its own between the legend and the plot.
        let noteHeight = bars.contains { $0.note != nil } ? ChartTypography.tickSize + 4 : 0
        let plotTop = 4 + legend.height + 10 + noteHeight
        let plotBottom = plotTop + Self.plotHeight
        let yScale = LinearScale(domain: ticks.lower...ticks.upper, from: plotBottom, to: plotTop)

        var content: [SVGNode] = [legend.node]
        content.append(.group("chart-y-axis", [], ticks.values.enumerated().flatMap { index, tick -> [SVGNode] in
            let y = yScale.position(of: tick)
            return [
                .line(from: ChartPoint(x: plotLeft, y: y), to: ChartPoint(x: plotRight, y: y),
                      className: tick == ticks.lower ? "chart-baseline" : "chart-gridline"),
                .label(tickLabels[index], at: ChartPoint(x: plotLeft - 5, y: y + 4), size: ChartTypography.tickSize,
                       anchor: .end, className: "chart-tick-text"),
            ]
        }))
        content.append(.group("chart-bars", [], bars.indices.map { index in
            barNode(index, plotLeft: plotLeft, plotWidth: plotRight - plotLeft, yScale: yScale, identifier: identifier)
        }))
        if noteHeight > 0 {
            content.append(notes(plotLeft: plotLeft, plotWidth: plotRight - plotLeft, baseline: plotTop - 4, chartWidth: width))
        }
        content.append(xLabels(plotLeft: plotLeft, plotWidth: plotRight - plotLeft, baseline: plotBottom + 14, chartWidth: width))

        return SVGDocument(
            kind: Self.kind, identifier: identifier, width: width, height: plotBottom + 20,
            title: text.title, description: description,
            definitions: fills.compactMap { $0.definition(in: identifier) },
            content: content
        ).render()
    }

    private func barNode(_ index: Int, plotLeft: Double, plotWidth: Double, yScale: LinearScale,
                         identifier: ChartIdentifier) -> SVGNode {
        let bar = bars[index]
        let placement = StackedBarGeometry.bar(index: index, count: bars.count, plotLeft: plotLeft, plotWidth: plotWidth)
        let title = SVGNode.title(ChartDescription.item(bar.label, detail(of: bar)))
        guard let segments = stack(bar) else {
            // An en dash on the baseline tells "no data" apart from a week of zero hours.
            return .group("chart-bar chart-bar-missing", [], [
                title,
                .label("–", at: ChartPoint(x: placement.left + placement.width / 2, y: yScale.start - 3),
                       size: ChartTypography.tickSize, anchor: .middle, className: "chart-missing-text"),
            ])
        }
        let rects: [SVGNode] = segments.filter { $0.value > 0 }.map { segment in
            let top = yScale.position(of: segment.upper)
            let bottom = yScale.position(of: segment.lower)
            return .element("rect", [
                SVGAttribute("x", placement.left), SVGAttribute("y", top),
                SVGAttribute("width", placement.width), SVGAttribute("height", bottom - top),
            ] + CategoryFill(index: segment.category).attributes(in: identifier), [])
        }
        return .group(bar.note == nil ? "chart-bar" : "chart-bar chart-bar-noted", [], [title] + rects)
    }

    private func xLabels(plotLeft: Double, plotWidth: Double, baseline: Double, chartWidth: Double) -> SVGNode {
        let labels = bars.map { LabelWrapping.normalized($0.label) }
        let widths = labels.map { TextMetrics.estimatedWidth(of: $0, fontSize: ChartTypography.tickSize) }
        let slot = plotWidth / Double(max(bars.count, 1))
        let step = LabelThinning.step(slotWidth: slot, widestLabel: widths.max() ?? 0, minimumGap: 6)
        return .group("chart-x-axis", [], LabelThinning.visibleIndices(count: bars.count, step: step, keeping: keptLabels).map { index in
            label(labels[index], under: index, slot: slot, plotLeft: plotLeft, baseline: baseline, chartWidth: chartWidth,
                  className: "chart-tick-text")
        })
    }

    /// Each bar's note centred above it.
    private func notes(plotLeft: Double, plotWidth: Double, baseline: Double, chartWidth: Double) -> SVGNode {
        let slot = plotWidth / Double(max(bars.count, 1))
        return .group("chart-notes", [], bars.indices.compactMap { index in
            bars[index].note.map {
                label($0, under: index, slot: slot, plotLeft: plotLeft, baseline: baseline, chartWidth: chartWidth,
                      className: "chart-note-text")
            }
        })
    }

    /// A small text centred on bar `index`'s slot, moved inward where it would leave the chart.
    private func label(
        _ content: String, under index: Int, slot: Double, plotLeft: Double, baseline: Double, chartWidth: Double, className: String
    ) -> SVGNode {
        let half = TextMetrics.estimatedWidth(of: content, fontSize: ChartTypography.tickSize) / 2
        let center = plotLeft + slot * (Double(index) + 0.5)
        let x = min(max(center, half + 2), chartWidth - half - 2)
        return .label(content, at: ChartPoint(x: x, y: baseline), size: ChartTypography.tickSize, anchor: .middle, className: className)
    }

    private func tickLabel(_ tick: Double) -> String {
        isNormalized ? numberFormat.percent(tick) : numberFormat.number(tick, maximumFractionDigits: 2)
    }

    /// "Selling 62 %, Supporting 25 %, Internal 13 %" (after the bar's note, if any), or the
    /// missing-value text.
    private func detail(of bar: StackedBar) -> String {
        guard let segments = stack(bar) else { return text.missingValue }
        let shares: [String] = categories.indices.map { category in
            let name = LabelWrapping.normalized(categories[category])
            guard value(of: bar)[category].finiteOrNil != nil else { return "\(name) \(text.missingValue)" }
            let value = segments[category].value
            switch scale {
            case .percentOfTotal:
                return "\(name) \(numberFormat.percent(value))"
            case .absolute(let template):
                return "\(name) " + TextTemplate.fill(template, [("value", numberFormat.number(value, maximumFractionDigits: 1))])
            }
        }
        return ((bar.note.map { [$0] } ?? []) + shares).joined(separator: ", ")
    }

    private func describe() -> String {
        ChartDescription.compose(summary: text.summary, items: bars.map { ChartDescription.item($0.label, detail(of: $0)) })
    }
}
