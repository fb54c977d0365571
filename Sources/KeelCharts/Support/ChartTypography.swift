/// The sizes every chart lays out with, in `viewBox` units.
///
/// Charts are drawn 340 units wide and shown at 100 % of their container up to
/// `--chart-max-width` (30rem). On a phone the site's stylesheet gives a chart in a card the
/// card's side padding as well, so at 390 px the chart is 349 px wide or more — 375 px of page
/// beside a 15 px classic scroll bar (desktop browsers, headless Chromium), less the main
/// column's and the card's edges. A chart is thus never shown narrower than it is drawn there,
/// and no text is drawn under ``minimumSize``: it renders at 11 px or more (issue 13). On a
/// desktop at 480 px, about 16 px. Designing for the phone first and capping the width keeps
/// text readable at both ends without JavaScript or a second drawing.
enum ChartTypography {
    static let chartWidth = 340.0
    /// The smallest text any chart draws; with the chart at full scale, 11 px.
    static let minimumSize = 11.0
    static let labelSize = 12.0
    static let tickSize = minimumSize
    static let smallSize = minimumSize
    static let lineHeight = 1.2
}
