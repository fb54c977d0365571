/// Bar widths of a funnel.
public enum FunnelGeometry: Sendable {
    /// Below this a bar would vanish; a stage some deal reached stays visible.
    public static let minimumVisibleWidth = 2.0

    /// `available` × reached ÷ maximum, or 0 when nothing reached the stage.
    public static func barWidth(reached: Int, maximum: Int, available: Double) -> Double {
        guard maximum > 0, reached > 0 else { return 0 }
        let proportional = available * Double(min(reached, maximum)) / Double(maximum)
        return max(proportional, minimumVisibleWidth)
    }
}
