/// The `<svg>` element around a chart: responsive `viewBox`, ARIA role and the `<title>` and
/// `<desc>` that make the chart's content available to screen readers.
struct SVGDocument {
    var kind: String
    /// Set on the placeholder drawn for empty data, so pages can style or find it.
    var isEmpty = false
    var identifier: ChartIdentifier
    var width: Double
    var height: Double
    var title: String
    var description: String
    var definitions: [SVGNode] = []
    var content: [SVGNode]

    func render() -> String {
        // No width or height attributes: the stylesheet sizes the chart to its container and
        // the viewBox keeps the aspect ratio.
        var children: [SVGNode] = [
            .element("title", [SVGAttribute("id", identifier.child("title"))], [.text(title)]),
            .element("desc", [SVGAttribute("id", identifier.child("desc"))], [.text(description)]),
        ]
        if !definitions.isEmpty { children.append(.element("defs", [], definitions)) }
        children += content
        let root = SVGNode.element("svg", [
            SVGAttribute("xmlns", "http://www.w3.org/2000/svg"),
            SVGAttribute("viewBox", "0 0 \(SVGNumber.format(width)) \(SVGNumber.format(height))"),
            .class(isEmpty ? "chart chart-\(kind) chart-empty" : "chart chart-\(kind)"),
            SVGAttribute("role", "img"),
            SVGAttribute("aria-labelledby", "\(identifier.child("title")) \(identifier.child("desc"))"),
            SVGAttribute("font-size", ChartTypography.labelSize),
        ], children)
        return root.render()
    }

    /// A small placeholder saying there is nothing to show, so a page keeps its layout and a
    /// screen reader hears why the chart is missing.
    static func noData(kind: String, text: ChartText, identifier: ChartIdentifier?) -> String {
        let width = ChartTypography.chartWidth
        let height = 48.0
        let message = LabelWrapping.truncate(text.noData, maximumWidth: width - 24, fontSize: ChartTypography.labelSize)
        let document = SVGDocument(
            kind: kind,
            isEmpty: true,
            identifier: identifier ?? .derived(kind: kind, content: ["empty", text.title, text.noData]),
            width: width, height: height,
            title: text.title,
            description: ChartDescription.compose(summary: text.summary, items: [text.noData]),
            content: [
                .rect(x: 0.5, y: 0.5, width: width - 1, height: height - 1, className: "chart-empty-frame",
                      extra: [SVGAttribute("rx", 6)]),
                .label(message, at: ChartPoint(x: width / 2, y: height / 2 + 4), size: ChartTypography.labelSize,
                       anchor: .middle, className: "chart-empty-text"),
            ]
        )
        return document.render()
    }
}
