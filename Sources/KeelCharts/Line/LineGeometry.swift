/// Point placement for line charts.
public enum LineGeometry: Sendable {
    /// The x of point `index` of `count`, the first on the left edge and the last on the
    /// right; a single point sits in the middle.
    public static func x(index: Int, count: Int, plotLeft: Double, plotWidth: Double) -> Double {
        guard count > 1 else { return plotLeft + plotWidth / 2 }
        return plotLeft + plotWidth * Double(index) / Double(count - 1)
    }

    /// Stretches of consecutive present points. A line is drawn through each stretch with
    /// two or more points; a missing value breaks the line instead of bridging it, because a
    /// bridge would invent a value for the missing month.
    public static func runs(_ points: [ChartPoint?]) -> [[ChartPoint]] {
        var runs: [[ChartPoint]] = []
        var current: [ChartPoint] = []
        for point in points {
            if let point {
                current.append(point)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}
