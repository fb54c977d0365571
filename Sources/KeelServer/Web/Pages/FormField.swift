import SalesDomain

/// Form controls that mark themselves invalid, and point at their message, when their field failed.
enum FormField {
    static func text(
        _ name: String, id: String? = nil, label labelText: String, value: String, type: String = "text", problems: FormProblems,
        hint: String? = nil, required: Bool = true, autocomplete: String? = nil, extra: [Attribute] = []
    ) -> Node {
        let message = problems.message(for: name)
        let id = id ?? "field-\(name)"
        var attributes: [Attribute] = [.type(type), .id(id), .name(name), .value(value)] + extra
        if required { attributes.append(.required) }
        if let autocomplete { attributes.append(.autocomplete(autocomplete)) }
        if message != nil { attributes += [Attribute("aria-invalid", "true"), .aria("describedby", "error-\(name)")] }
        return label(.for(id)) {
            labelText
            if let hint { span(.class("hint")) { hint } }
            Node.voidElement("input", attributes)
            if let message { span(.class("field-error"), .id("error-\(name)")) { message } }
        }
    }

    static func choice(
        _ name: String, id: String? = nil, label labelText: String, options: [(value: String, label: String)], selected: String?,
        problems: FormProblems, noneLabel: String? = nil, hint: String? = nil
    ) -> Node {
        let message = problems.message(for: name)
        let id = id ?? "field-\(name)"
        var attributes: [Attribute] = [.id(id), .name(name)]
        if message != nil { attributes += [Attribute("aria-invalid", "true"), .aria("describedby", "error-\(name)")] }
        return label(.for(id)) {
            labelText
            if let hint { span(.class("hint")) { hint } }
            element("select", attributes) {
                if let noneLabel {
                    option(.value("")) { noneLabel }
                }
                for (value, text) in options {
                    if value == selected {
                        option(.value(value), .selected) { text }
                    } else {
                        option(.value(value)) { text }
                    }
                }
            }
            if let message { span(.class("field-error"), .id("error-\(name)")) { message } }
        }
    }
}
