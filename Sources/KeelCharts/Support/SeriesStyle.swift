/// How one series of a line or radar chart is drawn.
///
/// Each series differs in three ways at once (color, dash pattern and marker shape) so that
/// color is never the only thing telling two series apart: a reader with a color-vision
/// deficiency, or a grayscale printout, still matches lines to the legend.
struct SeriesStyle: Hashable, Sendable {
    /// 1…8, the `--chart-N` color.
    var color: Int
    var dash: LineDash
    var marker: MarkerShape

    static let paletteSize = 8

    /// The style of the series at `index`: colors cycle through eight, dashes and markers
    /// through four, so the first eight series all differ in color and at least one more way.
    static func automatic(_ index: Int) -> SeriesStyle {
        let position = max(index, 0)
        return SeriesStyle(
            color: position % paletteSize + 1,
            dash: LineDash.allCases[position % LineDash.allCases.count],
            marker: MarkerShape.allCases[position % MarkerShape.allCases.count]
        )
    }

    var strokeClasses: String { "chart-stroke-\(color) chart-dash-\(dash.rawValue)" }
    var fillClass: String { "chart-fill-\(color)" }
}
