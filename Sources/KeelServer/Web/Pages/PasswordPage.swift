import SalesDomain

/// Setting a password: a person's own, with their current one, or an administrator's reset of
/// someone else's, which signs that person out everywhere.
enum PasswordPage {
    struct Model: Sendable {
        var person: Person
        /// The viewer's own password: the current one is asked for.
        var own: Bool
        var errors: [FieldError] = []
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let person = model.person
        let problems = FormProblems(model.errors, text: text)
        let title = model.own ? text(.passwordChangeTitle) : text(.passwordResetTitle, ["name": person.name])
        return Layout.page(title: title, context: context) {
            h1(.id("password-title")) { title }
            p(.class("subtitle"), .id("password-intro")) {
                model.own ? text(.passwordChangeIntro) : text(.passwordResetIntro, ["name": person.name])
            }
            if !problems.isEmpty {
                FormErrorSummary.render(problems, labels: [
                    "currentPassword": text(.passwordCurrent), "newPassword": text(.passwordNew), "confirmPassword": text(.passwordConfirm),
                ], context: context, anchorPrefix: "field-")
            }
            form(.method("post"), .action("/people/\(person.id)/password"), .class("stacked card"), .id("password-form"),
                 Attribute("novalidate", nil)) {
                Layout.csrfField(context)
                // A password manager files the new password under this account's e-mail.
                input(.type("email"), .name("username"), .value(person.email), .autocomplete("username"), .class("visually-hidden"),
                      Attribute("readonly", nil), Attribute("tabindex", "-1"), .aria("hidden", "true"))
                if model.own {
                    FormField.text("currentPassword", label: text(.passwordCurrent), value: "", type: "password", problems: problems,
                                   autocomplete: "current-password")
                }
                FormField.text("newPassword", label: text(.passwordNew), value: "", type: "password", problems: problems,
                               hint: text(.passwordHint), autocomplete: "new-password")
                FormField.text("confirmPassword", label: text(.passwordConfirm), value: "", type: "password", problems: problems,
                               autocomplete: "new-password")
                div(.class("actions")) {
                    button(.type("submit"), .id("password-submit")) { text(.passwordSave) }
                    a(.href("/people/\(person.id)"), .class("button secondary"), .id("password-cancel")) { text(.formCancel) }
                }
            }
        }
    }
}
