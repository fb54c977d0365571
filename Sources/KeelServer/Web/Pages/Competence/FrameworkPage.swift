import Foundation
import KeelStore
import SalesDomain

/// `/competence/frameworks/{id}/{version}`: one framework version to read — areas,
/// competencies, and for each level what the behavior looks like, with examples of effective
/// and ineffective use. Leadership publishes a draft, or starts a new draft from a published
/// version (which never changes).
enum FrameworkPage {
    struct Model: Sendable {
        var framework: CompetencyFramework
        /// Whether the viewer publishes, edits and versions it (``AccessPolicy/canChangeFrameworks``).
        var mayChange: Bool
        var errors: [FieldError] = []
        /// With a refusal that another version answers — the draft already being edited, or a
        /// newer published version — that version, to link to.
        var newest: CompetencyFramework?
        var notice: String?
    }

    static func path(_ framework: CompetencyFramework) -> String {
        "/competence/frameworks/\(framework.id)/\(framework.version)"
    }

    static func statusName(_ framework: CompetencyFramework, text: Localizer) -> String {
        framework.status == .published ? text(.frameworkPublished) : text(.frameworkDraft)
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let language = text.language
        let framework = model.framework
        let base = path(framework)
        return Layout.page(title: framework.name.text(in: language), context: context) {
            p { a(.href("/competence/frameworks")) { text(.frameworksTitle) } }
            h1(.id("framework-title")) { framework.name.text(in: language) }
            p(.class("meta"), .id("framework-status")) {
                text(.frameworkMeta, [
                    "version": String(framework.version), "scale": framework.scale.description,
                    "status": statusName(framework, text: text),
                ])
            }
            if let notice = model.notice { p(.class("notice"), .id("framework-notice"), Attribute("role", "status")) { notice } }
            if !model.errors.isEmpty {
                div(.class("error-summary"), .id("form-error"), Attribute("role", "alert")) {
                    for error in model.errors { p { context.text(error.problem) } }
                    if let newest = model.newest {
                        p {
                            a(.href(path(newest)), .id(newest.status == .draft ? "existing-draft" : "newest-version")) {
                                text(.frameworkOpenVersion, ["version": String(newest.version), "status": statusName(newest, text: text)])
                            }
                        }
                    }
                }
            }
            p {
                a(.href("\(base)/download?format=yaml")) { text(.frameworkDownloadAs, ["format": "YAML"]) }
                " · "
                a(.href("\(base)/download?format=json")) { text(.frameworkDownloadAs, ["format": "JSON"]) }
            }
            if model.mayChange {
                if framework.status == .draft {
                    p { a(.href("\(base)/edit"), .id("edit-framework")) { text(.frameworkEdit) } }
                    form(.method("post"), .action("\(base)/publish"), .class("inline")) {
                        Layout.csrfField(context)
                        button(.type("submit"), .id("publish-framework")) { text(.frameworkPublish) }
                    }
                    p(.class("meta")) { text(.frameworkPublishNote) }
                } else {
                    form(.method("post"), .action("\(base)/drafts"), .class("inline")) {
                        Layout.csrfField(context)
                        button(.type("submit"), .id("new-draft")) { text(.frameworkNewDraft) }
                    }
                    p(.class("meta")) { text(.frameworkNewDraftNote) }
                }
            }
            for area in framework.areas {
                section(.class("card"), .id("area-\(area.key)")) {
                    h2 { area.name.text(in: language) }
                    for competency in area.competencies {
                        element("details", [.id("competency-\(competency.key)")]) {
                            element("summary", []) { competency.name.text(in: language) }
                            if let summary = competency.summary { p { summary.text(in: language) } }
                            dl(.class("levels")) {
                                for level in competency.levels {
                                    dt { text(.frameworkLevel, ["level": String(level.level)]) }
                                    dd {
                                        p { level.behavior.text(in: language) }
                                        if !level.effectiveExamples.isEmpty {
                                            p(.class("meta")) { text(.frameworkEffective) }
                                            ul { for example in level.effectiveExamples { li { example.text(in: language) } } }
                                        }
                                        if !level.ineffectiveExamples.isEmpty {
                                            p(.class("meta")) { text(.frameworkIneffective) }
                                            ul { for example in level.ineffectiveExamples { li { example.text(in: language) } } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
