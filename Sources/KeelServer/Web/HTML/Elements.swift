/// Element constructors, so views read like the markup they produce.
public func element(_ name: String, _ attributes: [Attribute], @HTMLBuilder _ content: () -> [Node]) -> Node {
    .element(name, attributes, content())
}

public func fragment(@HTMLBuilder _ content: () -> [Node]) -> Node { .group(content()) }

private func make(_ name: String, _ attributes: [Attribute], _ content: () -> [Node]) -> Node {
    .element(name, attributes, content())
}

public func div(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node] = { [] }) -> Node { make("div", attributes, content) }
public func span(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("span", attributes, content) }
public func p(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("p", attributes, content) }
public func h1(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("h1", attributes, content) }
public func h2(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("h2", attributes, content) }
public func h3(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("h3", attributes, content) }
public func a(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("a", attributes, content) }
public func strong(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("strong", attributes, content) }
public func small(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("small", attributes, content) }
public func nav(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("nav", attributes, content) }
public func header(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("header", attributes, content) }
public func footer(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("footer", attributes, content) }
public func mainElement(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("main", attributes, content) }
public func section(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("section", attributes, content) }
public func article(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("article", attributes, content) }
public func ul(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("ul", attributes, content) }
public func li(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("li", attributes, content) }
public func dl(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("dl", attributes, content) }
public func dt(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("dt", attributes, content) }
public func dd(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("dd", attributes, content) }
public func table(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("table", attributes, content) }
public func caption(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("caption", attributes, content) }
public func thead(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("thead", attributes, content) }
public func tbody(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("tbody", attributes, content) }
public func tr(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("tr", attributes, content) }
public func th(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("th", attributes, content) }
public func td(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("td", attributes, content) }
public func form(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("form", attributes, content) }
public func fieldset(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("fieldset", attributes, content) }
public func legend(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("legend", attributes, content) }
public func label(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("label", attributes, content) }
public func select(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("select", attributes, content) }
public func option(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("option", attributes, content) }
public func button(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("button", attributes, content) }
public func input(_ attributes: Attribute...) -> Node { .voidElement("input", attributes) }
public func ol(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("ol", attributes, content) }
public func textarea(_ attributes: Attribute..., @HTMLBuilder content: () -> [Node]) -> Node { make("textarea", attributes, content) }
public func br() -> Node { .voidElement("br", []) }
