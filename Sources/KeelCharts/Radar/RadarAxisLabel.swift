import Foundation

/// A radar axis name laid out around the chart.
///
/// Up to eight axes the names stand upright and wrap onto two lines beside their spoke. With
/// more, upright names would collide at the top and bottom, so they are written along the
/// spoke instead (turned over on the left half so they never read upside down) and cut to the
/// room left to the edge. Either way the full name goes into a `<title>`.
public struct RadarAxisLabel: Hashable, Sendable {
    public enum Orientation: String, Hashable, Sendable {
        case upright, radial
    }

    public var lines: [String]
    public var isTruncated: Bool
    /// Baseline start of the first line (before any rotation).
    public var origin: ChartPoint
    public var anchor: TextAnchor
    /// Degrees to rotate about `rotationCenter`; 0 when upright.
    public var rotation: Double
    public var rotationCenter: ChartPoint
    public var fontSize: Double

    /// How far the text runs along its spoke (radial) or its widest line (upright), by estimate.
    public var length: Double {
        lines.map { TextMetrics.estimatedWidth(of: $0, fontSize: fontSize) }.max() ?? 0
    }

    public static let radialThreshold = 8
    static let offset = 8.0
    /// Kept clear between a name and the chart's edge.
    static let margin = 4.0
    /// How far from vertical a spoke must point for its name to stand beside it rather than
    /// above or below (the horizontal part of its direction).
    static let sideThreshold = 0.25
    static let lineHeight = ChartTypography.tickSize * ChartTypography.lineHeight

    public static func orientation(axisCount: Int) -> Orientation {
        axisCount > radialThreshold ? .radial : .upright
    }

    /// The label of axis `index`, fitted inside `0…chartWidth`.
    public static func layout(_ text: String, axis index: Int, geometry: RadarGeometry, chartWidth: Double) -> RadarAxisLabel {
        let angle = geometry.angle(ofAxis: index)
        let horizontal = cos(angle)
        let vertical = sin(angle)
        switch orientation(axisCount: geometry.axisCount) {
        case .upright:
            let fontSize = ChartTypography.tickSize
            let anchorPoint = ChartPoint.polar(center: geometry.center, radius: geometry.radius + offset, angle: angle)
            let anchor: TextAnchor = horizontal > sideThreshold ? .start : horizontal < -sideThreshold ? .end : .middle
            let room: Double = switch anchor {
            case .start: chartWidth - anchorPoint.x - margin
            case .end: anchorPoint.x - margin
            case .middle: min(120, 2 * min(anchorPoint.x, chartWidth - anchorPoint.x) - 2 * margin)
            }
            let wrapped = LabelWrapping.wrap(text, maximumWidth: room, maximumLines: 2, fontSize: fontSize)
            let extraLines = Double(max(wrapped.lines.count - 1, 0))
            let firstBaseline: Double
            if vertical < -0.25 {
                firstBaseline = anchorPoint.y - 2 - extraLines * lineHeight
            } else if vertical > 0.25 {
                firstBaseline = anchorPoint.y + fontSize * 0.8 + 2
            } else {
                firstBaseline = anchorPoint.y - extraLines * lineHeight / 2 + fontSize * 0.35
            }
            return RadarAxisLabel(
                lines: wrapped.lines, isTruncated: wrapped.isTruncated,
                origin: ChartPoint(x: anchorPoint.x, y: firstBaseline), anchor: anchor,
                rotation: 0, rotationCenter: anchorPoint, fontSize: fontSize
            )
        case .radial:
            let fontSize = ChartTypography.smallSize
            let anchorPoint = ChartPoint.polar(center: geometry.center, radius: geometry.radius + offset / 2, angle: angle)
            // The room runs along the spoke to the edge of the square chart, so names towards
            // the corners may be longer than those pointing straight at a side.
            let half = chartWidth / 2
            let reach = min(abs(horizontal) > 1e-9 ? half / abs(horizontal) : .infinity,
                            abs(vertical) > 1e-9 ? half / abs(vertical) : .infinity)
            let room = reach - geometry.radius - offset / 2 - 2 * margin
            let line = LabelWrapping.truncate(text, maximumWidth: room, fontSize: fontSize)
            let leftHalf = horizontal < -1e-9
            var degrees = angle * 180 / Double.pi + (leftHalf ? 180 : 0)
            if degrees > 180 { degrees -= 360 }
            return RadarAxisLabel(
                lines: [line], isTruncated: line != LabelWrapping.normalized(text),
                origin: ChartPoint(x: anchorPoint.x, y: anchorPoint.y + fontSize * 0.35),
                anchor: leftHalf ? .end : .start,
                rotation: degrees, rotationCenter: anchorPoint, fontSize: fontSize
            )
        }
    }
}
