/// A piece of HTML: an element, escaped text, trusted markup, or a group of pieces.
///
/// Keel renders pages from typed view models through this small builder rather than templates,
/// so a page that compiles cannot forget to escape user text.
public indirect enum Node: Sendable {
    case element(String, [Attribute], [Node])
    case voidElement(String, [Attribute])
    case text(String)
    /// Markup Keel generated itself (e.g. an SVG chart); never user input.
    case trusted(String)
    case group([Node])

    public func render() -> String {
        var output = ""
        render(into: &output)
        return output
    }

    func render(into output: inout String) {
        switch self {
        case .element(let name, let attributes, let children):
            output += "<\(name)"
            for attribute in attributes { attribute.render(into: &output) }
            output += ">"
            for child in children { child.render(into: &output) }
            output += "</\(name)>"
        case .voidElement(let name, let attributes):
            output += "<\(name)"
            for attribute in attributes { attribute.render(into: &output) }
            output += ">"
        case .text(let text):
            output += Self.escape(text)
        case .trusted(let markup):
            output += markup
        case .group(let nodes):
            for node in nodes { node.render(into: &output) }
        }
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}

/// An HTML attribute; a `nil` value renders as a bare boolean attribute.
public struct Attribute: Sendable {
    public var name: String
    public var value: String?

    public init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }

    func render(into output: inout String) {
        output += " \(name)"
        if let value { output += "=\"\(Node.escape(value))\"" }
    }

    public static func `class`(_ value: String) -> Attribute { Attribute("class", value) }
    public static func id(_ value: String) -> Attribute { Attribute("id", value) }
    public static func href(_ value: String) -> Attribute { Attribute("href", value) }
    public static func name(_ value: String) -> Attribute { Attribute("name", value) }
    public static func value(_ value: String) -> Attribute { Attribute("value", value) }
    public static func type(_ value: String) -> Attribute { Attribute("type", value) }
    public static func `for`(_ value: String) -> Attribute { Attribute("for", value) }
    public static func action(_ value: String) -> Attribute { Attribute("action", value) }
    public static func method(_ value: String) -> Attribute { Attribute("method", value) }
    public static func title(_ value: String) -> Attribute { Attribute("title", value) }
    public static func scope(_ value: String) -> Attribute { Attribute("scope", value) }
    public static func aria(_ name: String, _ value: String) -> Attribute { Attribute("aria-\(name)", value) }
    public static func data(_ name: String, _ value: String) -> Attribute { Attribute("data-\(name)", value) }
    public static func autocomplete(_ value: String) -> Attribute { Attribute("autocomplete", value) }
    public static let required = Attribute("required", nil)
    public static let selected = Attribute("selected", nil)
    public static let checked = Attribute("checked", nil)
    public static let autofocus = Attribute("autofocus", nil)
}

@resultBuilder
public enum HTMLBuilder {
    public static func buildExpression(_ node: Node) -> [Node] { [node] }
    public static func buildExpression(_ text: String) -> [Node] { [.text(text)] }
    public static func buildExpression(_ nodes: [Node]) -> [Node] { nodes }
    public static func buildBlock(_ parts: [Node]...) -> [Node] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [Node]?) -> [Node] { part ?? [] }
    public static func buildEither(first: [Node]) -> [Node] { first }
    public static func buildEither(second: [Node]) -> [Node] { second }
    public static func buildArray(_ parts: [[Node]]) -> [Node] { parts.flatMap { $0 } }
}
