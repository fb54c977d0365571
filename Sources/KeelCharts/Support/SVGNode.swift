/// A piece of SVG: an element or escaped text.
///
/// Charts build a tree of these instead of concatenating strings so that every piece of user
/// text passes through ``XMLEscaping`` and every number through ``SVGNumber``: a chart that
/// compiles cannot forget either.
indirect enum SVGNode: Sendable {
    case element(String, [SVGAttribute], [SVGNode])
    case text(String)

    func render(into output: inout String) {
        switch self {
        case .element(let name, let attributes, let children):
            output += "<\(name)"
            for attribute in attributes {
                output += " \(attribute.name)=\"\(XMLEscaping.escape(attribute.value))\""
            }
            if children.isEmpty {
                output += "/>"
            } else {
                output += ">"
                for child in children { child.render(into: &output) }
                output += "</\(name)>"
            }
        case .text(let text):
            output += XMLEscaping.escape(text)
        }
    }

    func render() -> String {
        var output = ""
        render(into: &output)
        return output
    }
}

/// Shorthands for the handful of elements the charts draw.
extension SVGNode {
    static func group(_ className: String? = nil, _ attributes: [SVGAttribute] = [], _ children: [SVGNode]) -> SVGNode {
        .element("g", (className.map { [.class($0)] } ?? []) + attributes, children)
    }

    static func title(_ text: String) -> SVGNode {
        .element("title", [], [.text(text)])
    }

    static func rect(x: Double, y: Double, width: Double, height: Double, className: String,
                     extra: [SVGAttribute] = [], children: [SVGNode] = []) -> SVGNode {
        .element("rect", [
            SVGAttribute("x", x), SVGAttribute("y", y),
            SVGAttribute("width", max(0, width)), SVGAttribute("height", max(0, height)),
            .class(className),
        ] + extra, children)
    }

    static func line(from start: ChartPoint, to end: ChartPoint, className: String) -> SVGNode {
        .element("line", [
            SVGAttribute("x1", start.x), SVGAttribute("y1", start.y),
            SVGAttribute("x2", end.x), SVGAttribute("y2", end.y),
            .class(className),
        ], [])
    }

    static func polygon(_ points: [ChartPoint], className: String) -> SVGNode {
        .element("polygon", [SVGAttribute("points", SVGNumber.list(points)), .class(className)], [])
    }

    static func polyline(_ points: [ChartPoint], className: String) -> SVGNode {
        .element("polyline", [SVGAttribute("points", SVGNumber.list(points)), .class(className)], [])
    }

    static func circle(center: ChartPoint, radius: Double, className: String, children: [SVGNode] = []) -> SVGNode {
        .element("circle", [
            SVGAttribute("cx", center.x), SVGAttribute("cy", center.y), SVGAttribute("r", radius),
            .class(className),
        ], children)
    }

    /// Text positioned at its baseline; size and anchor are attributes, not CSS, because the
    /// layout (wrapping, thinning, badge widths) was computed for exactly that size.
    static func label(_ content: String, at point: ChartPoint, size: Double = ChartTypography.labelSize, anchor: TextAnchor = .start,
                     className: String, children: [SVGNode] = []) -> SVGNode {
        var attributes = [SVGAttribute("x", point.x), SVGAttribute("y", point.y)]
        if size != ChartTypography.labelSize { attributes.append(SVGAttribute("font-size", size)) }
        if anchor != .start { attributes.append(SVGAttribute("text-anchor", anchor.rawValue)) }
        attributes.append(.class(className))
        return .element("text", attributes, [.text(content)] + children)
    }
}
