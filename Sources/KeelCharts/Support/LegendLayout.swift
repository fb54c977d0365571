/// Places legend entries left to right, wrapping onto new rows when the width runs out.
public enum LegendLayout: Sendable {
    static let swatchWidth = 16.0
    static let swatchGap = 5.0
    static let itemGap = 12.0
    static let rowHeight = 18.0
    static let fontSize = ChartTypography.tickSize

    /// The top-left corner of each item (relative to the legend's origin) and the legend's
    /// total height. An item wider than the whole row gets a row of its own.
    public static func positions(itemWidths: [Double], availableWidth: Double,
                                 itemGap: Double = 12, rowHeight: Double = 18) -> (positions: [ChartPoint], height: Double) {
        var positions: [ChartPoint] = []
        var x = 0.0
        var row = 0
        for width in itemWidths {
            if x > 0, x + width > availableWidth {
                row += 1
                x = 0
            }
            positions.append(ChartPoint(x: x, y: Double(row) * rowHeight))
            x += width + itemGap
        }
        return (positions, itemWidths.isEmpty ? 0 : Double(row + 1) * rowHeight)
    }

    /// The legend as SVG, placed at `origin`, and the height it takes.
    static func render(_ items: [LegendItem], origin: ChartPoint, availableWidth: Double,
                       identifier: ChartIdentifier) -> (node: SVGNode, height: Double) {
        let textRoom = availableWidth - swatchWidth - swatchGap
        let labels = items.map { LabelWrapping.truncate($0.label, maximumWidth: textRoom, fontSize: fontSize) }
        let widths = labels.map { swatchWidth + swatchGap + TextMetrics.estimatedWidth(of: $0, fontSize: fontSize) }
        let layout = positions(itemWidths: widths, availableWidth: availableWidth, itemGap: itemGap, rowHeight: rowHeight)
        var nodes: [SVGNode] = []
        for (index, item) in items.enumerated() {
            let corner = ChartPoint(x: origin.x + layout.positions[index].x, y: origin.y + layout.positions[index].y)
            let middle = corner.y + rowHeight / 2
            var entry = [swatch(item.swatch, left: corner.x, middle: middle, identifier: identifier)]
            entry.append(.label(labels[index], at: ChartPoint(x: corner.x + swatchWidth + swatchGap, y: middle + fontSize * 0.35),
                                size: fontSize, className: "chart-legend-text"))
            if labels[index] != LabelWrapping.normalized(item.label) { entry.append(.title(item.label)) }
            nodes.append(.group("chart-legend-item", [], entry))
        }
        return (.group("chart-legend", [], nodes), layout.height)
    }

    private static func swatch(_ swatch: LegendItem.Swatch, left: Double, middle: Double,
                               identifier: ChartIdentifier) -> SVGNode {
        let box = 10.0
        switch swatch {
        case .series(let style):
            return .group(nil, [], [
                .line(from: ChartPoint(x: left, y: middle), to: ChartPoint(x: left + swatchWidth, y: middle),
                      className: "chart-trace \(style.strokeClasses)"),
                style.marker.node(at: ChartPoint(x: left + swatchWidth / 2, y: middle), size: 6,
                                  className: "chart-marker \(style.fillClass)"),
            ])
        case .category(let fill):
            return .element("rect", [
                SVGAttribute("x", left + (swatchWidth - box) / 2), SVGAttribute("y", middle - box / 2),
                SVGAttribute("width", box), SVGAttribute("height", box),
            ] + fill.attributes(in: identifier), [])
        case .box(let className):
            return .rect(x: left + (swatchWidth - box) / 2, y: middle - box / 2, width: box, height: box, className: className)
        case .missingMark:
            return .circle(center: ChartPoint(x: left + swatchWidth / 2, y: middle), radius: 4, className: "chart-missing-mark")
        }
    }
}
