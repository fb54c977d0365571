import SalesDomain

/// The box at the top of a refused form: every problem, each linked to its field and led by the
/// field's label, so a keyboard or screen-reader user lands where the fix goes.
enum FormErrorSummary {
    /// - Parameters:
    ///   - labels: the visible label of each field, by field name; a problem whose field has no
    ///     label (the form as a whole) is shown by its message alone.
    ///   - anchorPrefix: what the page puts before a field's name in its element id
    ///     (``FormField`` uses `field-`).
    static func render(
        _ problems: FormProblems, labels: [String: String] = [:], context: PageContext, anchorPrefix: String = "",
        anchors: [String: String] = [:]
    ) -> Node {
        div(.class("error-summary"), .id("form-error"), Attribute("role", "alert"), Attribute("tabindex", "-1")) {
            p { context.text(.formErrorSummary) }
            ul {
                for entry in problems.entries {
                    li {
                        a(.href("#\(anchors[entry.field] ?? anchorPrefix + entry.field)")) {
                            if let label = labels[entry.field] { strong { "\(label): " } }
                            entry.message
                        }
                    }
                }
            }
        }
    }
}
