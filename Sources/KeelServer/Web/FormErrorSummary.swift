import SalesDomain

/// The box at the top of a refused form: what went wrong, linked to the field it names, so a
/// keyboard or screen-reader user lands where the fix goes.
enum FormErrorSummary {
    static func render(_ error: FieldError, context: PageContext) -> Node {
        div(.class("error-summary"), .id("form-error"), Attribute("role", "alert")) {
            p { context.text(.formErrorSummary) }
            p { a(.href("#\(error.field)")) { error.message } }
        }
    }
}
