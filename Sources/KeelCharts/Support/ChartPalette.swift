/// The colors charts draw with, exposed to CSS as `--chart-N` and `--chart-category-N`.
///
/// Series colors follow Okabe & Ito's color-blind-safe set ("Color Universal Design",
/// 2008), darkened where needed so every line and marker reaches 3 : 1 against white, the
/// WCAG minimum for graphics that carry meaning. The light Okabe–Ito yellow and sky blue fail
/// that and are left out; dashes and marker shapes (``SeriesStyle``) carry the difference
/// when colors alone would not.
public enum ChartPalette: Sendable {
    public static let series: [RGBColor] = [
        "#0072b2", "#d55e00", "#007a5a", "#a8457f", "#a86f00", "#5b6775", "#332288", "#882255",
    ].map(RGBColor.init(hex:))

    /// Fills for stacked categories. Areas next to each other need less contrast than thin
    /// lines, and every category after the first also gets a texture (``CategoryFill``).
    public static let categories: [RGBColor] = [
        "#0072b2", "#e69f00", "#8c96a3", "#009e73", "#cc79a7", "#56b4e9",
    ].map(RGBColor.init(hex:))
}
