import SalesDomain

/// How long the organization keeps personal data (GDPR article 5): two periods in years, an
/// empty box keeping everything, and a button that applies them at once.
enum RetentionSettingsPage {
    struct Model: Sendable {
        /// The form's values by field name: stored, or what was typed when refused.
        var values: [String: String]
        var errors: [FieldError] = []
        var notice: String?
    }

    static func values(_ policy: RetentionPolicy) -> [String: String] {
        ["textYears": policy.textYears.map(String.init) ?? "", "leaverYears": policy.leaverYears.map(String.init) ?? ""]
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let problems = FormProblems(model.errors, text: text)
        let labels = ["textYears": text(.retentionTextYears), "leaverYears": text(.retentionLeaverYears)]
        return Layout.page(title: text(.retentionTitle), context: context) {
            h1(.id("retention-title")) { text(.retentionTitle) }
            p(.class("meta")) { text(.retentionIntro) }
            if let notice = model.notice { p(.class("notice"), .id("notice"), Attribute("role", "status")) { notice } }
            if !problems.isEmpty { FormErrorSummary.render(problems, labels: labels, context: context, anchorPrefix: "field-") }
            form(.method("post"), .action("/settings/retention"), .class("stacked"), .id("retention-settings")) {
                Layout.csrfField(context)
                fieldset(.class("card")) {
                    legend { text(.retentionTitle) }
                    FormField.text("textYears", label: labels["textYears"]!, value: model.values["textYears"] ?? "", type: "number",
                                   problems: problems, hint: text(.retentionTextHint), required: false,
                                   extra: [Attribute("min", "1"), Attribute("max", String(RetentionPolicy.maximumYears))])
                    FormField.text("leaverYears", label: labels["leaverYears"]!, value: model.values["leaverYears"] ?? "", type: "number",
                                   problems: problems, hint: text(.retentionLeaverHint), required: false,
                                   extra: [Attribute("min", "1"), Attribute("max", String(RetentionPolicy.maximumYears))])
                }
                button(.type("submit"), .id("retention-save")) { text(.retentionSave) }
            }
            form(.method("post"), .action("/settings/retention/apply"), .class("inline"), .id("retention-apply")) {
                Layout.csrfField(context)
                button(.type("submit"), .class("secondary"), .id("retention-apply-now")) { text(.retentionApplyNow) }
            }
        }
    }
}
