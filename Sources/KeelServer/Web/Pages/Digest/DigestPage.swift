import Foundation
import SalesDomain

/// `/digest`: the person's weekly e-mail — on or off (on by default), where it goes, whether the
/// server sends e-mail at all, and this week's digest as it would be sent now.
enum DigestPage {
    struct Model {
        var screen: DigestScreen
        var address: String
        var language: Language
        var configured: Bool
        var linkBase: String
        var notice: String?
        /// The problems of a refused setting (a value neither on nor off).
        var errors: [FieldError] = []
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        return Layout.page(title: text(.digestPageTitle), context: context) {
            h1 { text(.digestPageTitle) }
            p(.class("subtitle")) { text(.digestPageIntro) }
            if let notice = model.notice { p(.class("notice"), .id("notice"), Attribute("role", "status")) { notice } }
            let problems = FormProblems(model.errors, text: text)
            if !problems.isEmpty {
                FormErrorSummary.render(problems, labels: ["enabled": text(.digestSettingTitle)], context: context, anchors: ["enabled": "digest-toggle"])
            }
            if !model.configured {
                p(.class("notice"), .id("digest-not-configured")) { text(.digestNotConfigured) }
            }
            if model.screen.digest == nil {
                p(.class("notice"), .id("digest-none")) { text(.digestNoneForRole) }
            } else {
                setting(model, context: context)
                preview(model, context: context)
            }
        }
    }

    static func setting(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let preference = model.screen.preference
        let message = FormProblems(model.errors, text: text).message(for: "enabled")
        return section(.class("card"), .id("digest-setting")) {
            h2 { text(.digestSettingTitle) }
            p(.id("digest-status")) {
                if !preference.enabled {
                    text(.digestStatusOff)
                } else {
                    text(preference.chosen ? .digestStatusOn : .digestStatusOnByDefault)
                }
            }
            p(.class("meta")) { text(.digestAddress, ["address": model.address, "language": Localizer.endonym(model.language)]) }
            form(.method("post"), .action("/digest")) {
                Layout.csrfField(context)
                input(.type("hidden"), .name("enabled"), .value(preference.enabled ? "off" : "on"))
                element("button", [.type("submit"), .id("digest-toggle"), .class(preference.enabled ? "secondary" : "")]
                        + (message == nil ? [] : [Attribute("aria-invalid", "true"), .aria("describedby", "error-enabled")])) {
                    text(preference.enabled ? .digestTurnOff : .digestTurnOn)
                }
                if let message { p(.class("field-error"), .id("error-enabled")) { message } }
            }
        }
    }

    static func preview(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        return section(.class("card"), .id("digest-preview")) {
            h2 { text(.digestPreviewTitle, ["week": String(model.screen.week.week)]) }
            if let digest = model.screen.digest, !digest.isEmpty {
                p(.class("meta")) { text(.digestPreviewSubject, ["subject": DigestMail.subject(digest, text: text)]) }
                article(.id("digest-body")) { DigestMail.body(digest, text: text, baseURL: "") }
            } else {
                p(.id("digest-empty")) { text(.digestPreviewEmpty) }
            }
        }
    }
}
