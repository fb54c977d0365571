import SalesDomain

/// Form controls that mark themselves invalid, and point at their message, when their field failed.
enum FormField {
    static func text(
        _ name: String, label labelText: String, value: String, type: String = "text", error: FieldError?,
        hint: String? = nil, required: Bool = true, autocomplete: String? = nil
    ) -> Node {
        let failed = error?.field == name
        var attributes: [Attribute] = [.type(type), .id("field-\(name)"), .name(name), .value(value)]
        if required { attributes.append(.required) }
        if let autocomplete { attributes.append(.autocomplete(autocomplete)) }
        if failed { attributes += [Attribute("aria-invalid", "true"), .aria("describedby", "error-\(name)")] }
        return label(.for("field-\(name)")) {
            labelText
            if let hint { span(.class("hint")) { hint } }
            Node.voidElement("input", attributes)
            if failed, let error { span(.class("field-error"), .id("error-\(name)")) { error.message } }
        }
    }

    static func choice(
        _ name: String, label labelText: String, options: [(value: String, label: String)], selected: String?,
        error: FieldError?, noneLabel: String? = nil
    ) -> Node {
        let failed = error?.field == name
        var attributes: [Attribute] = [.id("field-\(name)"), .name(name)]
        if failed { attributes += [Attribute("aria-invalid", "true"), .aria("describedby", "error-\(name)")] }
        return label(.for("field-\(name)")) {
            labelText
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
            if failed, let error { span(.class("field-error"), .id("error-\(name)")) { error.message } }
        }
    }
}
