/// Stacking and horizontal placement for stacked bar charts.
public enum StackedBarGeometry: Sendable {
    /// Segments from the first category at the bottom upwards. With `normalized`, values
    /// become shares of the bar's total, so the bar reaches 1 (100 %) whatever the hours.
    /// `nil` when the bar has nothing to show (no finite positive value).
    public static func stack(_ values: [Double?], normalized: Bool) -> [StackedSegment]? {
        let cleaned = values.map { max($0.finiteOrNil ?? 0, 0) }
        let total = cleaned.reduce(0, +)
        guard total > 0, total.isFinite else { return nil }
        var lower = 0.0
        var segments: [StackedSegment] = []
        for (category, value) in cleaned.enumerated() {
            let size = normalized ? value / total : value
            segments.append(StackedSegment(category: category, lower: lower, upper: lower + size))
            lower += size
        }
        return segments
    }

    /// The left edge and width of bar `index` of `count` sharing `plotWidth` from `plotLeft`.
    /// Bars take three quarters of their slot, but never more than `maximumBarWidth`, so a
    /// chart of two weeks does not draw two slabs.
    public static func bar(index: Int, count: Int, plotLeft: Double, plotWidth: Double,
                           maximumBarWidth: Double = 36) -> (left: Double, width: Double) {
        let slot = plotWidth / Double(max(count, 1))
        let width = min(slot * 0.75, maximumBarWidth)
        return (plotLeft + slot * Double(index) + (slot - width) / 2, width)
    }
}
