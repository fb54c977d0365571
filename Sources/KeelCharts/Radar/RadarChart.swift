import Foundation

/// A radar (spider) chart of competency levels: one axis per competency, one polygon per
/// series, concentric rings at each level of the scale.
///
/// ```swift
/// let svg = RadarChart(
///     axes: ["Prospektering", "Behovsanalys", "Förhandling"],
///     scaleMaximum: 5,
///     series: [
///         RadarSeries(name: "Anna Berg", values: [3, nil, 4]),
///         RadarSeries(name: "Mål", values: [4, 4, 3]),
///     ],
///     text: ChartText(title: "Kompetensprofil", noData: "Inga bedömningar ännu", missingValue: "ej bedömd"),
///     numberFormat: .swedish
/// ).render()
/// ```
public struct RadarChart: Hashable, Sendable {
    /// Axis names (competencies), clockwise from the top; 3…30 read well.
    public var axes: [String]
    /// The top of the rating scale (3…10); the chart draws a ring per level.
    public var scaleMaximum: Int
    /// The first series is filled (the person's result); the others are drawn as outlines
    /// with their own dash and marker (target, self-assessment).
    public var series: [RadarSeries]
    public var text: ChartText
    public var numberFormat: ChartNumberFormat
    public var identifier: ChartIdentifier?

    public init(axes: [String], scaleMaximum: Int, series: [RadarSeries], text: ChartText,
                numberFormat: ChartNumberFormat = .english, identifier: ChartIdentifier? = nil) {
        self.axes = axes
        self.scaleMaximum = scaleMaximum
        self.series = series
        self.text = text
        self.numberFormat = numberFormat
        self.identifier = identifier
    }

    static let kind = "radar"
    static let uprightRadius = 84.0
    static let radialRadius = 80.0
    static let markerSize = 5.0

    /// The smallest the rings shrink to make room for the names beside them.
    static let minimumUprightRadius = 60.0

    /// The largest radius, up to ``uprightRadius``, at which the longest word of every name
    /// beside a spoke fits between the spoke's end and the chart's edge: a long Swedish compound
    /// ("kundrelationen") is then wrapped whole rather than cut with an ellipsis, as long as the
    /// rings can give up the room.
    static func uprightRadius(fitting axes: [String], centerX: Double) -> Double {
        let directions = RadarGeometry(center: .init(x: centerX, y: 0), radius: uprightRadius, axisCount: axes.count, scaleMaximum: 1)
        let edgeRoom = centerX - RadarAxisLabel.margin
        var radius = uprightRadius
        for (index, name) in axes.enumerated() {
            let horizontal = abs(cos(directions.angle(ofAxis: index)))
            guard horizontal > RadarAxisLabel.sideThreshold else { continue }
            let word = LabelWrapping.widestWord(of: name, fontSize: ChartTypography.tickSize)
            radius = min(radius, (edgeRoom - word) / horizontal - RadarAxisLabel.offset)
        }
        return max(radius, minimumUprightRadius)
    }

    /// True when no axis has a finite value in any series: nothing to draw.
    public var isEmpty: Bool {
        axes.isEmpty || !series.contains { $0.values.prefix(axes.count).contains { $0.finiteOrNil != nil } }
    }

    /// The chart's geometry for its number of axes (the label orientation decides the room).
    public var geometry: RadarGeometry {
        let width = ChartTypography.chartWidth
        switch RadarAxisLabel.orientation(axisCount: axes.count) {
        case .upright:
            let center = ChartPoint(x: width / 2, y: Self.uprightRadius + 40)
            return RadarGeometry(center: center, radius: Self.uprightRadius(fitting: axes, centerX: center.x),
                                 axisCount: axes.count, scaleMaximum: Double(max(scaleMaximum, 1)))
        case .radial:
            return RadarGeometry(center: ChartPoint(x: width / 2, y: width / 2), radius: Self.radialRadius,
                                 axisCount: axes.count, scaleMaximum: Double(max(scaleMaximum, 1)))
        }
    }

    public func render() -> String {
        if isEmpty { return SVGDocument.noData(kind: Self.kind, text: text, identifier: identifier) }
        let width = ChartTypography.chartWidth
        let geometry = self.geometry
        let plotBottom = lowestPoint(geometry, chartWidth: width) + 6
        let description = describe()
        let identifier = self.identifier ?? .derived(kind: Self.kind, content: [text.title, description])

        let primaryVertices = series.first.map { geometry.vertices($0.values) } ?? []
        let unratedAxes = Set(primaryVertices.indices.filter { primaryVertices[$0] == nil })

        var content = [grid(geometry), levelLabels(geometry)]
        content.append(.group("chart-series-set", [], series.indices.reversed().map { seriesNode(at: $0, geometry: geometry) }))
        if !unratedAxes.isEmpty {
            content.append(.group("chart-missing-marks", [], unratedAxes.sorted().map { axis in
                .circle(center: geometry.point(axis: axis, value: geometry.scaleMaximum), radius: 4,
                        className: "chart-missing-mark")
            }))
        }
        content.append(axisLabels(geometry, unratedAxes: unratedAxes, chartWidth: width))

        var legendItems = series.indices.map { LegendItem(label: series[$0].name, swatch: .series(SeriesStyle.automatic($0))) }
        if !unratedAxes.isEmpty { legendItems.append(LegendItem(label: text.missingValue, swatch: .missingMark)) }
        let legend = LegendLayout.render(legendItems, origin: ChartPoint(x: 8, y: plotBottom + 4),
                                         availableWidth: width - 16, identifier: identifier)
        content.append(legend.node)

        return SVGDocument(
            kind: Self.kind, identifier: identifier, width: width, height: plotBottom + 4 + legend.height + 4,
            title: text.title, description: description, content: content
        ).render()
    }

    /// The bottom of the rings or of the lowest axis label, whichever is lower: with an odd
    /// number of axes nothing points straight down and the chart can end sooner.
    private func lowestPoint(_ geometry: RadarGeometry, chartWidth: Double) -> Double {
        let rings = geometry.ring(level: geometry.scaleMaximum).map(\.y)
        let labels = axes.indices.map { axis -> Double in
            let label = RadarAxisLabel.layout(axes[axis], axis: axis, geometry: geometry, chartWidth: chartWidth)
            switch RadarAxisLabel.orientation(axisCount: axes.count) {
            case .upright:
                return label.origin.y + Double(max(label.lines.count - 1, 0)) * RadarAxisLabel.lineHeight + 3
            case .radial:
                return label.rotationCenter.y + max(sin(geometry.angle(ofAxis: axis)), 0) * label.length + 4
            }
        }
        return (rings + labels).max() ?? geometry.center.y + geometry.radius
    }

    /// The levels that get a grid ring: every level on Keel's scales (up to 10); on a longer
    /// scale every n-th, so the grid stays a grid and the markup stays small.
    public var ringLevels: [Int] {
        let maximum = max(scaleMaximum, 1)
        let step = (maximum + 9) / 10
        var levels = Array(stride(from: step, through: maximum, by: step))
        if levels.last != maximum { levels.append(maximum) }
        return levels
    }

    private func grid(_ geometry: RadarGeometry) -> SVGNode {
        let maximum = max(scaleMaximum, 1)
        var nodes: [SVGNode] = ringLevels.map { level in
            .polygon(geometry.ring(level: Double(level)),
                     className: level == maximum ? "chart-grid chart-grid-outer" : "chart-grid")
        }
        nodes += (0..<axes.count).map { axis in
            .line(from: geometry.center, to: geometry.point(axis: axis, value: geometry.scaleMaximum), className: "chart-spoke")
        }
        return .group("chart-grid-lines", [], nodes)
    }

    /// Level numbers up the first spoke, thinned when the rings are too close for all of them.
    private func levelLabels(_ geometry: RadarGeometry) -> SVGNode {
        let rings = ringLevels
        let fontSize = ChartTypography.tickSize
        let step = LabelThinning.step(slotWidth: geometry.radius / Double(rings.count), widestLabel: fontSize, minimumGap: 1)
        let shown = LabelThinning.visibleIndices(count: rings.count, step: step).map { rings[$0] }
        return .group("chart-level-labels", [], shown.map { level in
            let point = geometry.point(axis: 0, value: Double(level))
            return .label(numberFormat.integer(level), at: ChartPoint(x: point.x + 3, y: point.y + fontSize * 0.35), size: fontSize,
                          className: "chart-tick-text")
        })
    }

    private func seriesNode(at index: Int, geometry: RadarGeometry) -> SVGNode {
        let style = SeriesStyle.automatic(index)
        let vertices = geometry.vertices(series[index].values)
        let present = vertices.compactMap { $0 }
        var nodes: [SVGNode] = []
        if present.count == vertices.count, present.count >= 3 {
            let shape = index == 0 ? "chart-area \(style.fillClass)" : "chart-outline"
            nodes.append(.polygon(present, className: "\(shape) \(style.strokeClasses)"))
        } else {
            for run in RadarGeometry.runs(vertices) where run.count >= 2 {
                nodes.append(.polyline(run, className: "chart-trace \(style.strokeClasses)"))
            }
        }
        nodes += present.map { style.marker.node(at: $0, size: Self.markerSize, className: "chart-marker \(style.fillClass)") }
        return .group("chart-series chart-series-\(index + 1)", [], nodes)
    }

    private func axisLabels(_ geometry: RadarGeometry, unratedAxes: Set<Int>, chartWidth: Double) -> SVGNode {
        .group("chart-axis-labels", [], axes.indices.map { axis in
            let label = RadarAxisLabel.layout(axes[axis], axis: axis, geometry: geometry, chartWidth: chartWidth)
            var attributes = [SVGAttribute("x", label.origin.x), SVGAttribute("y", label.origin.y)]
            if label.fontSize != ChartTypography.labelSize { attributes.append(SVGAttribute("font-size", label.fontSize)) }
            if label.anchor != .start { attributes.append(SVGAttribute("text-anchor", label.anchor.rawValue)) }
            if label.rotation != 0 {
                attributes.append(SVGAttribute("transform", "rotate(\(SVGNumber.format(label.rotation)) "
                    + "\(SVGNumber.format(label.rotationCenter.x)) \(SVGNumber.format(label.rotationCenter.y)))"))
            }
            let className = unratedAxes.contains(axis) ? "chart-axis-text chart-axis-unrated" : "chart-axis-text"
            attributes.append(.class(className))
            let lines: [SVGNode] = label.lines.enumerated().map { offset, line in
                offset == 0
                    ? .text(line)
                    : .element("tspan", [SVGAttribute("x", label.origin.x), SVGAttribute("dy", RadarAxisLabel.lineHeight)], [.text(line)])
            }
            return .group("chart-axis-label", [], [
                .title(ChartDescription.item(axes[axis], values(onAxis: axis))),
                .element("text", attributes, lines),
            ])
        })
    }

    /// "Anna Berg 3, Target 4, Self-assessment not rated"
    private func values(onAxis axis: Int) -> String {
        series.map { series in
            let value = axis < series.values.count ? series.values[axis].finiteOrNil : nil
            let shown = value.map { numberFormat.number($0, maximumFractionDigits: 1) } ?? text.missingValue
            return "\(LabelWrapping.normalized(series.name)) \(shown)"
        }.joined(separator: ", ")
    }

    private func describe() -> String {
        ChartDescription.compose(summary: text.summary, items: axes.indices.map { ChartDescription.item(axes[$0], values(onAxis: $0)) })
    }
}
