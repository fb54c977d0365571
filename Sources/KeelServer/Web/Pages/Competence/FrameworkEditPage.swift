import Foundation
import KeelStore
import SalesDomain

/// `/competence/frameworks/{id}/{version}/edit`: leadership edits a draft version as its YAML
/// framework file — the same text a download gives and an import reads — in one large text
/// box, with the format and the framework's scale rules beside it. A refused file comes back
/// as typed, with every problem at its line and column.
enum FrameworkEditPage {
    struct Model: Sendable {
        var draft: CompetencyFramework
        /// The file in the text box: the stored draft's, or what was typed when it was refused.
        var yaml: String
        /// Problems of a refused file, each with its line and column.
        var problems: [String] = []
        var errors: [FieldError] = []
        var notice: String?
    }

    static let yamlField = "yaml"

    static func path(_ draft: CompetencyFramework) -> String {
        FrameworkPage.path(draft) + "/edit"
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let draft = model.draft
        let title = text(.frameworkEditTitle, ["name": draft.name.text(in: text.language), "version": String(draft.version)])
        let refused = !model.errors.isEmpty || !model.problems.isEmpty
        return Layout.page(title: title, context: context) {
            p { a(.href(FrameworkPage.path(draft)), .id("framework-back")) { text(.frameworkEditBack, ["version": String(draft.version)]) } }
            h1(.id("framework-edit-title")) { title }
            if let notice = model.notice { p(.class("notice"), .id("framework-notice"), Attribute("role", "status")) { notice } }
            if refused {
                FrameworkProblemsSummary.render(heading: text(.frameworkEditRefused), errors: model.errors, problems: model.problems, text: text)
            }
            p(.class("meta")) { text(.frameworkEditIntro) }
            section(.class("card"), .id("framework-format")) {
                p(.id("framework-format-rules")) { codeSpans(text(.frameworkEditFormat)) }
                p(.id("framework-scale-rules")) {
                    codeSpans(text(.frameworkEditScale, ["scale": draft.scale.description, "max": String(draft.scale.maximum)]))
                }
                p(.id("framework-key-rules")) { codeSpans(text(.frameworkEditKeys, ["key": draft.key])) }
            }
            form(.method("post"), .action(path(draft)), .class("file-editor")) {
                Layout.csrfField(context)
                label(.for("framework-yaml")) { text(.frameworkEditLabel) }
                // HTML drops one newline right after `<textarea>`; writing one first keeps a file
                // that starts with a blank line intact, and with it the line numbers of problems.
                element("textarea", [
                    .id("framework-yaml"), .name(yamlField), .class("file"), Attribute("rows", "40"),
                    Attribute("spellcheck", "false"), Attribute("autocapitalize", "off"), Attribute("wrap", "off"),
                    .aria("describedby", "framework-format-rules framework-scale-rules framework-key-rules"),
                    .aria("invalid", refused ? "true" : "false"),
                ]) { "\n" + model.yaml }
                p { button(.type("submit"), .id("save-framework")) { text(.frameworkEditSave) } }
            }
        }
    }
}
