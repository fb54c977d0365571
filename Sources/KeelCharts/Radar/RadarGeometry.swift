import Foundation

/// Where a radar chart's axes, rings and vertices lie.
///
/// The center is level 0 and ring k is level k, so level 1 — the lowest rating — sits on the
/// first ring, visibly apart from the center and from "not rated".
public struct RadarGeometry: Hashable, Sendable {
    public var center: ChartPoint
    public var radius: Double
    public var axisCount: Int
    public var scaleMaximum: Double

    public init(center: ChartPoint, radius: Double, axisCount: Int, scaleMaximum: Double) {
        self.center = center
        self.radius = radius
        self.axisCount = max(axisCount, 1)
        self.scaleMaximum = scaleMaximum > 0 ? scaleMaximum : 1
    }

    /// The first axis points straight up and the rest follow clockwise, the way radar charts
    /// are read.
    public func angle(ofAxis index: Int) -> Double {
        -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(axisCount)
    }

    /// The position of `value` on axis `index`; values outside 0…maximum are held at the
    /// center or the outer ring.
    public func point(axis index: Int, value: Double) -> ChartPoint {
        let level = min(max(value, 0), scaleMaximum)
        return .polar(center: center, radius: radius * level / scaleMaximum, angle: angle(ofAxis: index))
    }

    /// One vertex per axis, `nil` where the value is missing or not finite.
    public func vertices(_ values: [Double?]) -> [ChartPoint?] {
        (0..<axisCount).map { index in
            guard index < values.count, let value = values[index].finiteOrNil else { return nil }
            return point(axis: index, value: value)
        }
    }

    /// The grid ring for `level`, one corner per axis.
    public func ring(level: Double) -> [ChartPoint] {
        (0..<axisCount).map { point(axis: $0, value: level) }
    }

    /// Consecutive present vertices, wrapping past the last axis to the first, as separate
    /// runs: [A, B, –, D, E] gives [[D, E, A, B]]. The chart joins each run with a line and
    /// leaves the gaps open, so no edge ever suggests a value that does not exist.
    public static func runs(_ vertices: [ChartPoint?]) -> [[ChartPoint]] {
        guard let firstMissing = vertices.firstIndex(where: { $0 == nil }) else {
            return vertices.isEmpty ? [] : [vertices.compactMap { $0 }]
        }
        var runs: [[ChartPoint]] = []
        var current: [ChartPoint] = []
        for offset in 1...vertices.count {
            let index = (firstMissing + offset) % vertices.count
            if let vertex = vertices[index] {
                current.append(vertex)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}
