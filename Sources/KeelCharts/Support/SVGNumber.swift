/// Writes numbers for SVG geometry (coordinates, lengths, `viewBox`).
///
/// Done by hand rather than with `String(format:)` or a `NumberFormatter` because those follow
/// the process locale: under a Swedish locale they write `1,5`, which an SVG parser reads as
/// two numbers. Rounding to two decimals keeps the markup small; a hundredth of a user unit is
/// far below a pixel at any size Keel draws.
public enum SVGNumber: Sendable {
    /// Anything a chart computes stays well inside this; the clamp only keeps a wild input
    /// from trapping in the integer conversion below.
    static let limit = 1_000_000_000.0

    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let clamped = min(max(value, -limit), limit)
        let hundredths = Int64((clamped * 100).rounded(.toNearestOrAwayFromZero))
        if hundredths == 0 { return "0" }
        let magnitude = hundredths.magnitude
        let whole = magnitude / 100
        let fraction = magnitude % 100
        var text = hundredths < 0 ? "-" : ""
        text += String(whole)
        if fraction != 0 {
            text += "."
            if fraction < 10 { text += "0" }
            var digits = String(fraction)
            if digits.hasSuffix("0") { digits.removeLast() }
            text += digits
        }
        return text
    }

    /// A space-separated list: `points="10 20 30 40"`. Spaces rather than commas so no
    /// geometry attribute ever holds a comma.
    public static func list(_ points: [ChartPoint]) -> String {
        points.map { "\(format($0.x)) \(format($0.y))" }.joined(separator: " ")
    }
}
