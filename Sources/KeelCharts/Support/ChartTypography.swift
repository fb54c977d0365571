/// The sizes every chart lays out with, in `viewBox` units.
///
/// Charts are drawn 340 units wide and shown at 100 % of their container up to
/// `--chart-max-width` (30rem). On a 360 px phone the chart gets roughly 300–336 px, so a
/// 12-unit label renders at 10.5–12 px; on a desktop at 480 px, about 17 px. Designing for the
/// phone first and capping the width keeps text readable at both ends without JavaScript.
enum ChartTypography {
    static let chartWidth = 340.0
    static let labelSize = 12.0
    static let tickSize = 11.0
    static let smallSize = 10.5
    static let lineHeight = 1.2
}
