/// The sizes every chart lays out with, in `viewBox` units.
///
/// Charts are drawn 340 units wide and shown at 100 % of their container up to
/// `--chart-max-width` (30rem). A 390 px phone gives a chart in a card 348 px (the stylesheet
/// narrows cards' padding there for it), so no text is drawn under 11 units: it renders at
/// 11 px or more (issue 13). On a desktop at 480 px, about 16 px. Designing for the phone first
/// and capping the width keeps text readable at both ends without JavaScript.
enum ChartTypography {
    static let chartWidth = 340.0
    static let labelSize = 12.0
    static let tickSize = 11.0
    static let smallSize = 11.0
    static let lineHeight = 1.2
}
