/// Deal stages as a funnel: one centered bar per stage, as wide as the deals that reached it,
/// labelled with what it counts, the conversion to a later stage with the deals it rests on, the
/// median days in the stage and a red badge counting stalled deals — where deals lose momentum.
/// With `outcomes` it ends with a won and a lost row and the win rate of the closed deals.
///
/// ```swift
/// let svg = FunnelChart(
///     stages: [
///         FunnelStage(name: "Qualify", reached: 120, conversionRate: 0.62, medianDaysInStage: 9, stalled: 4),
///         FunnelStage(name: "Propose", reached: 74, conversionRate: 0.48, medianDaysInStage: 15),
///     ],
///     outcomes: FunnelOutcomes(won: 35, lost: 50),
///     text: ChartText(title: "Pipeline", noData: "No deals in this period", missingValue: "unknown"),
///     phrases: FunnelText(reached: "{count} reached", conversion: "{percent} of {count} went on",
///                         medianDays: "median {days} d in stage", stalled: "{count} stalled",
///                         won: "{count} won", lost: "{count} lost", winRate: "win rate {percent} of {count} closed")
/// ).render()
/// ```
public struct FunnelChart: Hashable, Sendable {
    public var stages: [FunnelStage]
    public var outcomes: FunnelOutcomes?
    public var text: ChartText
    public var phrases: FunnelText
    public var numberFormat: ChartNumberFormat
    public var identifier: ChartIdentifier?

    public init(stages: [FunnelStage], outcomes: FunnelOutcomes? = nil, text: ChartText, phrases: FunnelText,
                numberFormat: ChartNumberFormat = .english, identifier: ChartIdentifier? = nil) {
        self.stages = stages
        self.outcomes = outcomes
        self.text = text
        self.phrases = phrases
        self.numberFormat = numberFormat
        self.identifier = identifier
    }

    static let kind = "funnel"
    static let rowHeight = 80.0
    static let barHeight = 18.0
    static let margin = 8.0

    /// A funnel nobody entered is "no data", not a column of empty rows.
    public var isEmpty: Bool { maximumReached == 0 }

    var maximumReached: Int { (stages.map(\.reached) + [outcomes?.won ?? 0, outcomes?.lost ?? 0]).max().map { max($0, 0) } ?? 0 }

    /// The width of each stage's bar.
    public var barWidths: [Double] {
        stages.map { barWidth($0.reached) }
    }

    private func barWidth(_ count: Int) -> Double {
        FunnelGeometry.barWidth(reached: count, maximum: maximumReached, available: ChartTypography.chartWidth - 2 * Self.margin)
    }

    private var rowCount: Int { stages.count + (outcomes == nil ? 0 : 2) }

    public func render() -> String {
        if isEmpty { return SVGDocument.noData(kind: Self.kind, text: text, identifier: identifier) }
        let width = ChartTypography.chartWidth
        let description = describe()
        let identifier = self.identifier ?? .derived(kind: Self.kind, content: [text.title, description])
        let widths = barWidths
        var rows = stages.indices.map { row($0, top: 4 + Double($0) * Self.rowHeight, barWidth: widths[$0], chartWidth: width) }
        if let outcomes {
            let top = 4 + Double(stages.count) * Self.rowHeight
            rows.append(outcomeRow(name: phrases.wonName, count: outcomes.won, phrase: phrases.won, className: "chart-outcome-won",
                                   facts: [], top: top))
            rows.append(outcomeRow(name: phrases.lostName, count: outcomes.lost, phrase: phrases.lost, className: "chart-outcome-lost",
                                   facts: [winRateText(outcomes)].compactMap { $0 }, top: top + Self.rowHeight))
        }
        return SVGDocument(
            kind: Self.kind, identifier: identifier, width: width, height: 4 + Double(rowCount) * Self.rowHeight,
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

        nodes += bar(count: stage.reached, phrase: phrases.reached, barClass: "chart-funnel-bar",
                     facts: [conversionText(stage), medianText(stage)].compactMap { $0 }, top: top, barWidth: barWidth)
        return .group(stage.stalled > 0 ? "chart-stage chart-stage-stalled" : "chart-stage", [], nodes)
    }

    /// A closing row: its name, a bar as wide as its count, the count said with what it counts.
    private func outcomeRow(name: String, count: Int, phrase: String, className: String, facts: [String], top: Double) -> SVGNode {
        let chartWidth = ChartTypography.chartWidth
        var nodes: [SVGNode] = [.title(ChartDescription.item(name, countText(phrase, count)))]
        nodes.append(.label(LabelWrapping.truncate(name, maximumWidth: chartWidth - 2 * Self.margin, fontSize: ChartTypography.labelSize),
                            at: ChartPoint(x: Self.margin, y: top + 13), className: "chart-stage-name"))
        nodes += bar(count: count, phrase: phrase, barClass: "chart-funnel-outcome \(className)", facts: facts, top: top,
                     barWidth: barWidth(count))
        return .group("chart-stage \(className)", [], nodes)
    }

    /// The bar, its count with what it counts (inside when it fits, else beside it), and up to two
    /// lines of facts below it.
    private func bar(count: Int, phrase: String, barClass: String, facts: [String], top: Double, barWidth: Double) -> [SVGNode] {
        let chartWidth = ChartTypography.chartWidth
        let margin = Self.margin
        let barTop = top + 19
        let barLeft = (chartWidth - barWidth) / 2
        var nodes: [SVGNode] = [.rect(x: barLeft, y: barTop, width: barWidth, height: Self.barHeight, className: barClass)]
        let label = countText(phrase, count)
        let labelWidth = TextMetrics.estimatedWidth(of: label, fontSize: ChartTypography.labelSize)
        let baseline = barTop + Self.barHeight / 2 + 4.2
        if labelWidth + 8 <= barWidth {
            nodes.append(.label(label, at: ChartPoint(x: chartWidth / 2, y: baseline), anchor: .middle, className: "chart-bar-text-inside"))
        } else {
            let left = barLeft + barWidth + 4
            nodes.append(.label(LabelWrapping.truncate(label, maximumWidth: chartWidth - margin - left, fontSize: ChartTypography.labelSize),
                                at: ChartPoint(x: left, y: baseline), className: "chart-bar-text"))
        }
        for (line, fact) in facts.prefix(2).enumerated() {
            nodes.append(.label(LabelWrapping.truncate(fact, maximumWidth: chartWidth - 2 * margin, fontSize: ChartTypography.smallSize),
                                at: ChartPoint(x: chartWidth / 2, y: top + 51 + Double(line) * 14), size: ChartTypography.smallSize,
                                anchor: .middle, className: "chart-muted-text"))
        }
        return nodes
    }

    private func countText(_ phrase: String, _ count: Int) -> String {
        TextTemplate.fill(phrase, [("count", numberFormat.integer(max(count, 0)))])
    }

    private func winRateText(_ outcomes: FunnelOutcomes) -> String? {
        outcomes.winRate.map { rate in
            TextTemplate.fill(phrases.winRate, [("percent", numberFormat.percent(rate)), ("count", numberFormat.integer(outcomes.closed))])
        }
    }

    private func conversionText(_ stage: FunnelStage) -> String? {
        stage.conversionRate.finiteOrNil.map { rate in
            TextTemplate.fill(phrases.conversion, [("percent", numberFormat.percent(min(max(rate, 0), 1))),
                                                   ("count", numberFormat.integer(max(stage.reached, 0)))])
        }
    }

    private func medianText(_ stage: FunnelStage) -> String? {
        stage.medianDaysInStage.finiteOrNil.map { days in
            TextTemplate.fill(phrases.medianDays, [("days", numberFormat.number(max(days, 0), maximumFractionDigits: 1)),
                                                   ("count", stage.finishedStays.map { numberFormat.integer(max($0, 0)) } ?? "")])
        }
    }

    /// "120 reached, 62 % of 120 went on, median 9 d in stage, 4 stalled"
    private func detail(of stage: FunnelStage) -> String {
        var parts = [countText(phrases.reached, stage.reached)]
        parts += [conversionText(stage), medianText(stage)].compactMap { $0 }
        if stage.stalled > 0 {
            parts.append(TextTemplate.fill(phrases.stalled, [("count", numberFormat.integer(stage.stalled))]))
        }
        return parts.joined(separator: ", ")
    }

    private func describe() -> String {
        var items = stages.map { ChartDescription.item($0.name, detail(of: $0)) }
        if let outcomes {
            items.append(ChartDescription.item(phrases.wonName, countText(phrases.won, outcomes.won)))
            items.append(ChartDescription.item(phrases.lostName, ([countText(phrases.lost, outcomes.lost)] + [winRateText(outcomes)].compactMap { $0 })
                .joined(separator: ", ")))
        }
        return ChartDescription.compose(summary: text.summary, items: items)
    }
}
