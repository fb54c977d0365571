/// Ordering and bar lengths for the pressure comparison.
public enum PressureGeometry: Sendable {
    /// Rows with the largest rise first — what gets dropped first under pressure — and rows
    /// without a rise last, each group keeping the caller's order so output is stable.
    public static func sorted(_ rows: [PressureRow]) -> [PressureRow] {
        rows.enumerated().sorted { lhs, rhs in
            switch (lhs.element.rise, rhs.element.rise) {
            case let (left?, right?) where left != right: left > right
            case (_?, nil): true
            case (nil, _?): false
            default: lhs.offset < rhs.offset
            }
        }.map(\.element)
    }

    /// A rate held inside 0…1, since a postponement rate outside it is a data error.
    public static func clampedRate(_ rate: Double) -> Double {
        min(max(rate, 0), 1)
    }

    /// The length of a bar for `rate` on a 0–100 % axis `plotWidth` long.
    public static func barLength(rate: Double, plotWidth: Double) -> Double {
        clampedRate(rate) * plotWidth
    }
}
