import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An element of a parsed chart, for tests that check the markup rather than strings.
struct InspectedElement {
    var name: String
    var attributes: [String: String]
    var text: String
    /// The classes of every enclosing element, to tell a legend swatch from a data mark.
    var ancestorClasses: Set<String>

    var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
    func number(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }
    func hasClass(_ name: String) -> Bool { classes.contains(name) }
}

/// Parses chart output with Foundation's XML parser: a chart that does not parse as XML would
/// break the page it is embedded in.
final class SVGInspection: NSObject, XMLParserDelegate {
    private(set) var elements: [InspectedElement] = []
    private var open: [Int] = []
    private(set) var error: (any Error)?

    static func parse(_ svg: String) -> SVGInspection? {
        let inspection = SVGInspection()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = inspection
        guard parser.parse(), inspection.error == nil else { return nil }
        return inspection
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        let inherited = open.last.map { elements[$0].ancestorClasses.union(elements[$0].classes) } ?? []
        elements.append(InspectedElement(name: elementName, attributes: attributes, text: "", ancestorClasses: inherited))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        for index in open { elements[index].text += string }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        error = parseError
    }

    func elements(named name: String, withClass className: String? = nil, inside ancestor: String? = nil) -> [InspectedElement] {
        elements.filter { element in
            element.name == name && (className.map(element.hasClass) ?? true)
                && (ancestor.map { element.ancestorClasses.contains($0) } ?? true)
        }
    }

    func elements(withClass className: String) -> [InspectedElement] {
        elements.filter { $0.hasClass(className) }
    }

    var root: InspectedElement? { elements.first }
    var title: String? { elements(named: "title").first?.text }
    var chartDescription: String? { elements(named: "desc").first?.text }

    /// Every attribute holding geometry; none may contain a comma.
    static let geometryAttributes: Set<String> = [
        "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "width", "height", "points", "d",
        "viewBox", "transform", "dy", "font-size", "patternTransform",
    ]

    var geometryValues: [String] {
        elements.flatMap { element in
            element.attributes.filter { Self.geometryAttributes.contains($0.key) }.map(\.value)
        }
    }
}

/// Points from a `points` attribute ("x y x y").
func parsePoints(_ text: String) -> [(x: Double, y: Double)] {
    let numbers = text.split(separator: " ").compactMap { Double($0) }
    return stride(from: 0, to: numbers.count - 1, by: 2).map { (numbers[$0], numbers[$0 + 1]) }
}
