import SalesDomain

/// The box at the top of a refused framework file — uploaded, or typed into the editor: every
/// problem with its line and column, so that the whole file can be fixed in one pass.
enum FrameworkProblemsSummary {
    static func render(heading: String, errors: [FieldError], problems: [String], text: Localizer) -> Node {
        div(.class("error-summary"), .id("form-error"), Attribute("role", "alert")) {
            p { heading }
            for error in errors {
                p(.id("form-error-field")) { codeSpans(text(error.problem)) }
            }
            if !problems.isEmpty {
                ul(.id("file-problems")) {
                    for (index, problem) in problems.enumerated() { li(.id("file-problem-\(index + 1)")) { problem } }
                }
            }
        }
    }
}
