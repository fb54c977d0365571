import SalesDomain

/// The box at the top of a refused form: what went wrong, linked to the field it names, so a
/// keyboard or screen-reader user lands where the fix goes.
enum FormErrorSummary {
    /// - Parameter anchorPrefix: what the page puts before a field's name in its element id
    ///   (``FormField`` uses `field-`).
    static func render(_ error: FieldError, context: PageContext, anchorPrefix: String = "") -> Node {
        div(.class("error-summary"), .id("form-error"), Attribute("role", "alert")) {
            p { context.text(.formErrorSummary) }
            p { a(.href("#\(anchorPrefix)\(error.field)")) { error.message } }
        }
    }
}
