import SalesDomain
import Vapor

/// The frame around every page: header with navigation, language switch and sign-out.
enum Layout {
    static func page(title: String, context: PageContext, @HTMLBuilder content: () -> [Node]) -> Node {
        let text = context.text
        return fragment {
            Node.trusted("<!doctype html>")
            element("html", [Attribute("lang", text.language.rawValue)]) {
                element("head", []) {
                    Node.voidElement("meta", [Attribute("charset", "utf-8")])
                    Node.voidElement("meta", [Attribute("name", "viewport"), Attribute("content", "width=device-width, initial-scale=1")])
                    element("title", []) { "\(title) · Keel" }
                    Node.voidElement("link", [Attribute("rel", "stylesheet"), .href("/static/keel.css")])
                }
                element("body", []) {
                    a(.class("skip-link"), .href("#main")) { text(.skipToContent) }
                    header(.class("topbar")) {
                        a(.class("brand"), .href("/")) { "Keel" }
                        if let viewer = context.viewer {
                            navigation(for: viewer, context: context)
                        }
                        div(.class("account")) {
                            languageSwitch(context)
                            if let viewer = context.viewer {
                                span(.class("who")) { text(.signedInAs, ["name": viewer.name]) }
                                form(.method("post"), .action("/logout"), .class("inline")) {
                                    csrfField(context)
                                    button(.type("submit"), .id("sign-out"), .class("link-button")) { text(.navSignOut) }
                                }
                            }
                        }
                    }
                    mainElement(.id("main"), Attribute("tabindex", "-1")) {
                        content()
                    }
                    footer(.class("footer")) { text(.appTagline) }
                }
            }
        }
    }

    static func navigation(for viewer: Person, context: PageContext) -> Node {
        let text = context.text
        return nav(.aria("label", "Keel")) {
            // A phone folds the menu behind one button, without script: the box's state shows it.
            input(.type("checkbox"), .id("menu-toggle"), .class("menu-toggle visually-hidden"))
            label(.for("menu-toggle"), .class("menu-button")) { text(.navMenu) }
            ul(.class("nav")) {
                li { a(.href("/"), .id("nav-start")) { text(.navStart) } }
                if context.can(.readOrganization) {
                    li { a(.href("/organization"), .id("nav-organization")) { text(.navOrganization) } }
                }
                if viewer.accessRole == .manager, let team = viewer.teamID {
                    li { a(.href("/teams/\(team)"), .id("nav-my-team")) { text(.navMyTeam) } }
                }
                li { a(.href("/competence"), .id("nav-competence")) { text(.navCompetence) } }
                li { a(.href("/diagnosis"), .id("nav-diagnosis")) { text(.navDiagnosis) } }
                li { a(.href("/coaching"), .id("nav-coaching")) { text(.navCoaching) } }
                li { a(.href("/goals"), .id("nav-goals")) { text(.navGoals) } }
                li { a(.href("/wins"), .id("nav-wins")) { text(.navWins) } }
                li { a(.href("/practice"), .id("nav-practice")) { text(.navPractice) } }
                li { a(.href("/impact"), .id("nav-impact")) { text(.navImpact) } }
                li { a(.href("/execution"), .id("nav-execution")) { text(.navExecution) } }
                if viewer.accessRole <= .manager {
                    li { a(.href("/activities"), .id("nav-my-activities")) { text(.navMyActivities) } }
                }
                if viewer.accessRole == .seller {
                    li { a(.href("/people/\(viewer.id)/kpis"), .id("nav-my-kpis")) { text(.navMyKPIs) } }
                }
                li { a(.href("/people/\(viewer.id)"), .id("nav-my-profile")) { text(.navMyProfile) } }
                if context.can(.importData) {
                    li { a(.href("/imports"), .id("nav-import")) { text(.navImport) } }
                }
                if context.can(.configureRules) {
                    li { a(.href("/settings/reasons"), .id("nav-reasons")) { text(.navReasons) } }
                    li { a(.href("/settings/work-categories"), .id("nav-work-categories")) { text(.navWorkCategories) } }
                    li { a(.href("/settings/words"), .id("nav-words")) { text(.navWords) } }
                    li { a(.href("/settings/analysis-rules"), .id("nav-analysis-rules")) { text(.navAnalysisRules) } }
                    li { a(.href("/settings/diagnosis"), .id("nav-diagnosis-settings")) { text(.navDiagnosisSettings) } }
                    li { a(.href("/settings/coaching"), .id("nav-coaching-settings")) { text(.navCoachingSettings) } }
                }
                if context.can(.administerDirectory) {
                    li { a(.href("/people/new"), .id("nav-add-person")) { text(.navAddPerson) } }
                    li { a(.href("/teams/new"), .id("nav-add-team")) { text(.navAddTeam) } }
                }
                if context.can(.readAuditLog) {
                    li { a(.href("/admin/audit"), .id("nav-audit-log")) { text(.navAuditLog) } }
                }
                if context.can(.administerDirectory) {
                    li { a(.href("/admin/outbox"), .id("nav-outbox")) { text(.navOutbox) } }
                }
                if context.can(.erasePersonalData) {
                    li { a(.href("/settings/retention"), .id("nav-retention")) { text(.navRetention) } }
                }
            }
        }
    }

    static func languageSwitch(_ context: PageContext) -> Node {
        let text = context.text
        return form(.method("post"), .action("/language"), .class("inline language")) {
            csrfField(context)
            input(.type("hidden"), .name("returnTo"), .value(context.path))
            label(.for("language-select"), .class("visually-hidden")) { text(.languageLabel) }
            select(.id("language-select"), .name("language")) {
                for language in Language.allCases {
                    if language == text.language {
                        option(.value(language.rawValue), .selected) { Localizer.endonym(language) }
                    } else {
                        option(.value(language.rawValue)) { Localizer.endonym(language) }
                    }
                }
            }
            button(.type("submit"), .id("language-submit"), .class("small-button")) { text(.languageSubmit) }
        }
    }

    static func csrfField(_ context: PageContext) -> Node {
        input(.type("hidden"), .name(CSRFProtection.fieldName), .value(context.csrfToken))
    }

    /// An HTML response, setting the pre-sign-in CSRF cookie if rendering made one.
    static func response(_ node: Node, status: HTTPResponseStatus = .ok, for request: Request) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        let response = Response(status: status, headers: headers, body: .init(string: node.render()))
        if let token = request.storage[PendingCSRFCookie.self] {
            response.cookies[KeelCookie.csrf] = KeelCookie.value(token, maxAge: nil, on: request)
        }
        return response
    }
}
