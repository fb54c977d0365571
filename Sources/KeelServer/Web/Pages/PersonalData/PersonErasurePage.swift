import SalesDomain

/// The step before an erasure (GDPR article 17): what will happen to whom, in full, and the
/// person's e-mail typed back, since nothing can bring the data back afterwards.
enum PersonErasurePage {
    struct Model: Sendable {
        var person: Person
        var typed: String = ""
        var errors: [FieldError] = []
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let person = model.person
        let problems = FormProblems(model.errors, text: text)
        let confirmLabel = text(.erasureConfirmLabel, ["email": person.email])
        return Layout.page(title: text(.erasureTitle, ["name": person.name]), context: context) {
            h1(.id("erasure-title")) { text(.erasureTitle, ["name": person.name]) }
            if !problems.isEmpty {
                FormErrorSummary.render(problems, labels: ["confirmEmail": confirmLabel], context: context, anchorPrefix: "field-")
            }
            div(.class("card"), .id("erasure-consequences")) {
                p { strong { text(.erasureIntro, ["name": person.name]) } }
                ul {
                    li { text(.erasureWillName, ["pseudonym": ErasedIdentity(person.id).name]) }
                    li { text(.erasureWillTexts) }
                    li { text(.erasureWillAccess) }
                    li { text(.erasureWillAudit) }
                }
                p { text(.erasureKeeps) }
            }
            form(.method("post"), .action("/people/\(person.id)/erase"), .class("stacked"), .id("erasure-form")) {
                Layout.csrfField(context)
                FormField.text("confirmEmail", label: confirmLabel, value: model.typed, type: "email", problems: problems,
                               autocomplete: "off")
                div(.class("actions")) {
                    button(.type("submit"), .class("danger"), .id("erasure-submit")) { text(.erasureSubmit) }
                    a(.href("/people/\(person.id)"), .class("button secondary"), .id("erasure-cancel")) { text(.erasureCancel) }
                }
            }
        }
    }
}
