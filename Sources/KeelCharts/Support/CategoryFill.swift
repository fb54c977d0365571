/// The fill of one category in bar charts: a color plus, from the second category on, a
/// texture (stripes, dots, cross-hatch).
///
/// The texture makes adjacent segments distinguishable without relying on color. It lives
/// in a `<pattern>` per chart whose ids carry the chart's identifier, so two charts on one
/// page never borrow each other's pattern.
struct CategoryFill: Hashable, Sendable {
    var index: Int

    enum Texture: Sendable {
        case solid, stripes, dots, crosshatch, bars
    }

    /// Six categories are more than any Keel chart stacks; beyond that fills repeat.
    static let textures: [Texture] = [.solid, .stripes, .dots, .crosshatch, .bars, .solid]
    static let count = textures.count

    var colorClass: String { "chart-fill-category-\(index % Self.count + 1)" }
    var texture: Texture { Self.textures[index % Self.count] }

    /// Attributes for a shape painted with this fill.
    func attributes(in identifier: ChartIdentifier) -> [SVGAttribute] {
        texture == .solid
            ? [.class("chart-segment \(colorClass)")]
            : [.class("chart-segment"), SVGAttribute("fill", "url(#\(patternID(in: identifier)))")]
    }

    func patternID(in identifier: ChartIdentifier) -> String {
        identifier.child("fill-\(index % Self.count + 1)")
    }

    /// The `<pattern>` this fill needs, if any.
    func definition(in identifier: ChartIdentifier) -> SVGNode? {
        let size = 6.0
        let marks: [SVGNode]
        switch texture {
        case .stripes:
            marks = [.rect(x: 0, y: 0, width: 2, height: size, className: "chart-texture")]
        case .dots:
            marks = [.circle(center: ChartPoint(x: 3, y: 3), radius: 1.2, className: "chart-texture")]
        case .crosshatch:
            marks = [
                .rect(x: 0, y: 0, width: 1.5, height: size, className: "chart-texture"),
                .rect(x: 0, y: 0, width: size, height: 1.5, className: "chart-texture"),
            ]
        case .bars:
            marks = [.rect(x: 0, y: 0, width: size, height: 2, className: "chart-texture")]
        case .solid:
            return nil
        }
        var attributes = [
            SVGAttribute("id", patternID(in: identifier)),
            SVGAttribute("patternUnits", "userSpaceOnUse"),
            SVGAttribute("width", size), SVGAttribute("height", size),
        ]
        if texture == .stripes || texture == .crosshatch {
            attributes.append(SVGAttribute("patternTransform", "rotate(45)"))
        }
        return .element("pattern", attributes,
                        [.rect(x: 0, y: 0, width: size, height: size, className: colorClass)] + marks)
    }
}
