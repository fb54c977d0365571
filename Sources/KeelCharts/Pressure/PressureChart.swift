/// What is dropped under pressure: per activity type, the postponement rate in normal weeks
/// against high-load weeks, largest rise first, the rise written beside each pair.
///
/// ```swift
/// let svg = PressureChart(
///     rows: [
///         PressureRow(label: "Prospecting call", normalRate: 0.12, highLoadRate: 0.30),
///         PressureRow(label: "Internal meeting", normalRate: 0.20, highLoadRate: 0.18),
///     ],
///     text: ChartText(title: "Dropped under pressure", noData: "Not enough weeks yet", missingValue: "no data"),
///     phrases: PressureText(normalWeeks: "Normal weeks", highLoadWeeks: "High-load weeks", rise: "{points} pp")
/// ).render()
/// ```
public struct PressureChart: Hashable, Sendable {
    /// In any order; the chart sorts by rise.
    public var rows: [PressureRow]
    public var text: ChartText
    public var phrases: PressureText
    public var numberFormat: ChartNumberFormat
    public var identifier: ChartIdentifier?

    public init(rows: [PressureRow], text: ChartText, phrases: PressureText,
                numberFormat: ChartNumberFormat = .english, identifier: ChartIdentifier? = nil) {
        self.rows = rows
        self.text = text
        self.phrases = phrases
        self.numberFormat = numberFormat
        self.identifier = identifier
    }

    static let kind = "pressure"
    static let rowHeight = 44.0
    static let barHeight = 9.0
    static let margin = 8.0
    /// Room right of the plot for a value label as long as "100 %".
    static let valueRoom = 40.0

    public var isEmpty: Bool {
        !rows.contains { $0.normalRate.finiteOrNil != nil || $0.highLoadRate.finiteOrNil != nil }
    }

    public var plotWidth: Double { ChartTypography.chartWidth - 2 * Self.margin - Self.valueRoom }

    public func render() -> String {
        if isEmpty { return SVGDocument.noData(kind: Self.kind, text: text, identifier: identifier) }
        let width = ChartTypography.chartWidth
        let ordered = PressureGeometry.sorted(rows)
        let description = describe(ordered)
        let identifier = self.identifier ?? .derived(kind: Self.kind, content: [text.title, description])
        let legend = LegendLayout.render([
            LegendItem(label: phrases.normalWeeks, swatch: .box(className: "chart-pressure-normal")),
            LegendItem(label: phrases.highLoadWeeks, swatch: .box(className: "chart-pressure-high")),
        ], origin: ChartPoint(x: Self.margin, y: 4), availableWidth: width - 2 * Self.margin, identifier: identifier)
        let top = 4 + legend.height + 4
        let bottom = top + Double(ordered.count) * Self.rowHeight
        let scale = LinearScale(domain: 0...1, from: Self.margin, to: Self.margin + plotWidth)

        var content: [SVGNode] = [legend.node]
        let ticks = [0, 0.25, 0.5, 0.75, 1.0]
        content.append(.group("chart-x-axis", [], ticks.flatMap { tick -> [SVGNode] in
            let x = scale.position(of: tick)
            let label = numberFormat.percent(tick)
            let half = TextMetrics.estimatedWidth(of: label, fontSize: ChartTypography.tickSize) / 2
            return [
                .line(from: ChartPoint(x: x, y: top), to: ChartPoint(x: x, y: bottom),
                      className: tick == 0 ? "chart-baseline" : "chart-gridline"),
                .label(label, at: ChartPoint(x: min(max(x, Self.margin + half), width - Self.margin - half), y: bottom + 13),
                       size: ChartTypography.tickSize, anchor: .middle, className: "chart-tick-text"),
            ]
        }))
        content += ordered.enumerated().map { index, row in
            rowNode(row, top: top + Double(index) * Self.rowHeight, scale: scale, chartWidth: width)
        }
        return SVGDocument(
            kind: Self.kind, identifier: identifier, width: width, height: bottom + 19,
            title: text.title, description: description, content: content
        ).render()
    }

    private func rowNode(_ row: PressureRow, top: Double, scale: LinearScale, chartWidth: Double) -> SVGNode {
        var nodes: [SVGNode] = [.title(ChartDescription.item(row.label, detail(of: row)))]
        var labelRoom = chartWidth - 2 * Self.margin
        if let rise = row.rise {
            let points = numberFormat.signedPoints(rise)
            let riseText = TextTemplate.fill(phrases.rise, [("points", points)])
            // Judged on the printed number, so a rise that rounds to "0" is not colored as one.
            let direction = points.hasPrefix("+") ? "chart-rise-up" : points == "0" ? "chart-rise-flat" : "chart-rise-down"
            nodes.append(.label(riseText, at: ChartPoint(x: chartWidth - Self.margin, y: top + 12), anchor: .end,
                                className: "chart-rise \(direction)"))
            labelRoom -= TextMetrics.estimatedWidth(of: riseText, fontSize: ChartTypography.labelSize) + 8
        }
        nodes.append(.label(LabelWrapping.truncate(row.label, maximumWidth: labelRoom, fontSize: ChartTypography.labelSize),
                            at: ChartPoint(x: Self.margin, y: top + 12), className: "chart-row-label"))
        nodes += bar(rate: row.normalRate, top: top + 17, className: "chart-pressure-normal", scale: scale)
        nodes += bar(rate: row.highLoadRate, top: top + 28, className: "chart-pressure-high", scale: scale)
        return .group("chart-pressure-row", [], nodes)
    }

    private func bar(rate: Double?, top: Double, className: String, scale: LinearScale) -> [SVGNode] {
        let baseline = top + Self.barHeight - 1
        guard let rate = rate.finiteOrNil else {
            return [.label("–", at: ChartPoint(x: scale.start + 3, y: baseline), size: ChartTypography.smallSize,
                           className: "chart-missing-text")]
        }
        let length = PressureGeometry.barLength(rate: rate, plotWidth: plotWidth)
        return [
            .rect(x: scale.start, y: top, width: length, height: Self.barHeight, className: className),
            .label(numberFormat.percent(PressureGeometry.clampedRate(rate)), at: ChartPoint(x: scale.start + length + 3, y: baseline),
                   size: ChartTypography.smallSize, className: "chart-value-text"),
        ]
    }

    /// "Normal weeks 12 %, High-load weeks 30 %, +18 pp"
    private func detail(of row: PressureRow) -> String {
        func rate(_ value: Double?) -> String {
            value.finiteOrNil.map { numberFormat.percent(PressureGeometry.clampedRate($0)) } ?? text.missingValue
        }
        var parts = [
            "\(LabelWrapping.normalized(phrases.normalWeeks)) \(rate(row.normalRate))",
            "\(LabelWrapping.normalized(phrases.highLoadWeeks)) \(rate(row.highLoadRate))",
        ]
        if let rise = row.rise {
            parts.append(TextTemplate.fill(phrases.rise, [("points", numberFormat.signedPoints(rise))]))
        }
        return parts.joined(separator: ", ")
    }

    private func describe(_ ordered: [PressureRow]) -> String {
        ChartDescription.compose(summary: text.summary, items: ordered.map { ChartDescription.item($0.label, detail(of: $0)) })
    }
}
