/// The symbol drawn at each data point of a series.
enum MarkerShape: String, CaseIterable, Sendable {
    case circle, square, triangle, diamond

    /// The marker centered on `center`, `size` units across; shapes are scaled to look about as
    /// heavy as the circle.
    func node(at center: ChartPoint, size: Double, className: String, children: [SVGNode] = []) -> SVGNode {
        let half = size / 2
        switch self {
        case .circle:
            return .circle(center: center, radius: half, className: className, children: children)
        case .square:
            let side = size * 0.9
            return .rect(x: center.x - side / 2, y: center.y - side / 2, width: side, height: side,
                         className: className, children: children)
        case .triangle:
            let r = half * 1.25
            let points = [
                ChartPoint(x: center.x, y: center.y - r),
                ChartPoint(x: center.x + r * 0.866, y: center.y + r * 0.5),
                ChartPoint(x: center.x - r * 0.866, y: center.y + r * 0.5),
            ]
            return .element("polygon", [SVGAttribute("points", SVGNumber.list(points)), .class(className)], children)
        case .diamond:
            let r = half * 1.2
            let points = [
                ChartPoint(x: center.x, y: center.y - r), ChartPoint(x: center.x + r, y: center.y),
                ChartPoint(x: center.x, y: center.y + r), ChartPoint(x: center.x - r, y: center.y),
            ]
            return .element("polygon", [SVGAttribute("points", SVGNumber.list(points)), .class(className)], children)
        }
    }
}
