/// The sign-in form.
enum LoginPage {
    struct Model {
        var email: String = ""
        var next: String?
        var problem: TextKey?
        var problemValues: [String: String] = [:]
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        return Layout.page(title: text(.loginTitle), context: context) {
            section(.class("card login")) {
                h1 { text(.loginTitle) }
                p(.class("subtitle")) { text(.loginIntro) }
                if let problem = model.problem {
                    div(.class("error-summary"), Attribute("role", "alert"), .id("login-error")) { text(problem, model.problemValues) }
                }
                form(.method("post"), .action("/login"), .class("stacked")) {
                    Layout.csrfField(context)
                    if let next = model.next {
                        input(.type("hidden"), .name("next"), .value(next))
                    }
                    label(.for("login-email")) {
                        text(.loginEmail)
                        input(.type("email"), .id("login-email"), .name("email"), .value(model.email), .required,
                              .autocomplete("username"), .autofocus)
                    }
                    label(.for("login-password")) {
                        text(.loginPassword)
                        input(.type("password"), .id("login-password"), .name("password"), .required,
                              .autocomplete("current-password"))
                    }
                    button(.type("submit"), .id("login-submit")) { text(.loginSubmit) }
                }
            }
        }
    }
}
