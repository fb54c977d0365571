/// The look of one heatmap cell the server renders as an HTML table cell.
public struct HeatmapShade: Hashable, Sendable {
    /// 1…``HeatmapShading/steps`` from lightest to darkest; 0 for a cell without data.
    public var step: Int
    /// A class the Keel stylesheet defines, e.g. `heat-level-5` or `heat-none`.
    public var cssClass: String
    public var background: RGBColor
    /// Ink or white, whichever contrasts more with the background (always ≥ 4.5 : 1).
    public var text: RGBColor

    public init(step: Int, cssClass: String, background: RGBColor, text: RGBColor) {
        self.step = step
        self.cssClass = cssClass
        self.background = background
        self.text = text
    }
}
