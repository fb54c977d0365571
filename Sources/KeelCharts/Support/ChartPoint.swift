import Foundation

/// A point in a chart's user space (the `viewBox`), y growing downwards as in SVG.
public struct ChartPoint: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// The point `radius` away from `center` at `angle` radians, measured clockwise from
    /// "three o'clock" because SVG's y axis points down.
    public static func polar(center: ChartPoint, radius: Double, angle: Double) -> ChartPoint {
        ChartPoint(x: center.x + radius * cos(angle), y: center.y + radius * sin(angle))
    }
}
