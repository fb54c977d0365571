/// The dash pattern of a series' line; the stylesheet maps each to a `stroke-dasharray`.
enum LineDash: String, CaseIterable, Sendable {
    case solid, dashed, dotted, dashdot
}
