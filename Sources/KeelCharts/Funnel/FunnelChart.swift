/// Deal stages as a funnel: one centered bar per stage, as wide as the deals that reached it,
/// with the count, the conversion to the next stage, the median days in the stage and a red
/// badge counting stalled deals — where deals lose momentum.
///
/// ```swift
/// let svg = FunnelChart(
///     stages: [
///         FunnelStage(name: "Qualify", reached: 120, conversionRate: 0.62, medianDaysInStage: 9, stalled: 4),
///         FunnelStage(name: "Propose", reached: 74, conversionRate: 0.48, medianDaysInStage: 15),
///         FunnelStage(name: "Won", reached: 35),
///     ],
///     text: ChartText(title: "Pipeline", noData: "No deals in this period", missingValue: "unknown"),
///     phrases: FunnelText(reached: "{count} deals", conversion: "{percent} to next stage",
///                         medianDays: "median {days} d", stalled: "{count} stalled")
/// ).render()
/// ```
public struct FunnelChart: Hashable, Sendable {
    public var stages: [FunnelStage]
    public var text: ChartText
    public var phrases: FunnelText
    public var numberFormat: ChartNumberFormat
    public var identifier: ChartIdentifier?

    public init(stages: [FunnelStage], text: ChartText, phrases: FunnelText,
                numberFormat: ChartNumberFormat = .english, identifier: ChartIdentifier? = nil) {
        self.stages = stages
        self.text = text
        self.phrases = phrases
        self.numberFormat = numberFormat
        self.identifier = identifier
    }

    static let kind = "funnel"
    static let rowHeight = 56.0
    static let barHeight = 18.0
    static let margin = 8.0

    /// A funnel nobody entered is "no data", not a column of empty rows.
    public var isEmpty: Bool { maximumReached == 0 }

    var maximumReached: Int { stages.map(\.reached).max().map { max($0, 0) } ?? 0 }

    /// The width of each stage's bar.
    public var barWidths: [Double] {
        let available = ChartTypography.chartWidth - 2 * Self.margin
        return stages.map { FunnelGeometry.barWidth(reached: $0.reached, maximum: maximumReached, available: available) }
    }

    public func render() -> String {
        if isEmpty { return SVGDocument.noData(kind: Self.kind, text: text, identifier: identifier) }
        let width = ChartTypography.chartWidth
        let description = describe()
        let identifier = self.identifier ?? .derived(kind: Self.kind, content: [text.title, description])
        let widths = barWidths
        let rows = stages.indices.map { row($0, top: 4 + Double($0) * Self.rowHeight, barWidth: widths[$0], chartWidth: width) }
        return SVGDocument(
            kind: Self.kind, identifier: identifier, width: width, height: 4 + Double(stages.count) * Self.rowHeight,
            title: text.title, description: description, content: rows
        ).render()
    }

    private func row(_ index: Int, top: Double, barWidth: Double, chartWidth: Double) -> SVGNode {
        let stage = stages[index]
        let margin = Self.margin
        var nodes: [SVGNode] = [.title(ChartDescription.item(stage.name, detail(of: stage)))]

        var nameRoom = chartWidth - 2 * margin
        if stage.stalled > 0 {
            let badgeSize = ChartTypography.smallSize
            let badgeText = TextTemplate.fill(phrases.stalled, [("count", numberFormat.integer(stage.stalled))])
            // Bold text runs about a tenth wider than the estimate for regular weight.
            let badgeWidth = min(TextMetrics.estimatedWidth(of: badgeText, fontSize: badgeSize) * 1.1 + 14, chartWidth / 2)
            let badgeLeft = chartWidth - margin - badgeWidth
            nodes.append(.group("chart-stall-badge", [], [
                .rect(x: badgeLeft, y: top + 2, width: badgeWidth, height: 15, className: "chart-stall-badge-shape",
                      extra: [SVGAttribute("rx", 7.5)]),
                .label(LabelWrapping.truncate(badgeText, maximumWidth: (badgeWidth - 12) / 1.1, fontSize: badgeSize),
                       at: ChartPoint(x: badgeLeft + badgeWidth / 2, y: top + 13), size: badgeSize, anchor: .middle,
                       className: "chart-stall-badge-text"),
            ]))
            nameRoom -= badgeWidth + 8
        }
        nodes.append(.label(LabelWrapping.truncate(stage.name, maximumWidth: nameRoom, fontSize: ChartTypography.labelSize),
                            at: ChartPoint(x: margin, y: top + 13), className: "chart-stage-name"))

        let barTop = top + 19
        let barLeft = (chartWidth - barWidth) / 2
        nodes.append(.rect(x: barLeft, y: barTop, width: barWidth, height: Self.barHeight, className: "chart-funnel-bar"))
        let count = numberFormat.integer(max(stage.reached, 0))
        let countWidth = TextMetrics.estimatedWidth(of: count, fontSize: ChartTypography.labelSize)
        let countBaseline = barTop + Self.barHeight / 2 + 4.2
        if countWidth + 8 <= barWidth {
            nodes.append(.label(count, at: ChartPoint(x: chartWidth / 2, y: countBaseline), anchor: .middle,
                                className: "chart-bar-text-inside"))
        } else {
            nodes.append(.label(count, at: ChartPoint(x: barLeft + barWidth + 4, y: countBaseline),
                                className: "chart-bar-text"))
        }

        let facts = [conversionText(stage), medianText(stage)].compactMap { $0 }
        if !facts.isEmpty {
            nodes.append(.label(LabelWrapping.truncate(facts.joined(separator: " · "), maximumWidth: chartWidth - 2 * margin,
                                                       fontSize: ChartTypography.smallSize),
                                at: ChartPoint(x: chartWidth / 2, y: top + 50), size: ChartTypography.smallSize,
                                anchor: .middle, className: "chart-muted-text"))
        }
        return .group(stage.stalled > 0 ? "chart-stage chart-stage-stalled" : "chart-stage", [], nodes)
    }

    private func conversionText(_ stage: FunnelStage) -> String? {
        stage.conversionRate.finiteOrNil.map { rate in
            TextTemplate.fill(phrases.conversion, [("percent", numberFormat.percent(min(max(rate, 0), 1)))])
        }
    }

    private func medianText(_ stage: FunnelStage) -> String? {
        stage.medianDaysInStage.finiteOrNil.map { days in
            TextTemplate.fill(phrases.medianDays, [("days", numberFormat.number(max(days, 0), maximumFractionDigits: 1))])
        }
    }

    /// "120 deals, 62 % to next stage, median 9 d, 4 stalled"
    private func detail(of stage: FunnelStage) -> String {
        var parts = [TextTemplate.fill(phrases.reached, [("count", numberFormat.integer(max(stage.reached, 0)))])]
        parts += [conversionText(stage), medianText(stage)].compactMap { $0 }
        if stage.stalled > 0 {
            parts.append(TextTemplate.fill(phrases.stalled, [("count", numberFormat.integer(stage.stalled))]))
        }
        return parts.joined(separator: ", ")
    }

    private func describe() -> String {
        ChartDescription.compose(summary: text.summary, items: stages.map { ChartDescription.item($0.name, detail(of: $0)) })
    }
}
