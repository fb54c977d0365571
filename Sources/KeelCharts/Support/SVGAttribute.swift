/// One attribute; numeric values go through ``SVGNumber`` so they never depend on the locale.
struct SVGAttribute: Sendable, Hashable {
    var name: String
    var value: String

    init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    init(_ name: String, _ number: Double) {
        self.init(name, SVGNumber.format(number))
    }

    static func `class`(_ value: String) -> SVGAttribute { SVGAttribute("class", value) }
}
