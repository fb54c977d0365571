/// One entry of a chart legend.
struct LegendItem: Sendable {
    enum Swatch: Sendable {
        /// A short line in the series' color and dash with its marker.
        case series(SeriesStyle)
        /// A filled square in a bar category's color and texture.
        case category(CategoryFill)
        /// A filled square styled by a class of its own.
        case box(className: String)
        /// The open dashed ring that marks a value nobody gave (a competency not rated).
        case missingMark
    }

    var label: String
    var swatch: Swatch
}
