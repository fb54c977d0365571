import Foundation
import KeelImport
import KeelStore
import SalesDomain

/// `/competence/frameworks`: every version of the organization's competency frameworks, each
/// to read and to download as YAML or JSON; leadership imports a file as a new draft here.
enum FrameworksPage {
    struct Model: Sendable {
        var versions: [CompetencyFramework]
        /// Whether the viewer imports files as drafts (``AccessPolicy/canChangeFrameworks``).
        var mayImport: Bool
        /// Problems of a refused file, each with its line and column.
        var fileProblems: [String]
        var errors: [FieldError] = []
        var notice: String?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        return Layout.page(title: text(.frameworksTitle), context: context) {
            p { a(.href("/competence")) { text(.competenceBack) } }
            h1(.id("frameworks-title")) { text(.frameworksTitle) }
            p(.class("meta")) { text(.frameworksIntro) }
            p { a(.href("/competence/role-profiles"), .id("role-profiles-link")) { text(.roleProfilesTitle) } }
            if let notice = model.notice { p(.class("notice"), .id("frameworks-notice"), Attribute("role", "status")) { notice } }
            if !model.errors.isEmpty || !model.fileProblems.isEmpty {
                FrameworkProblemsSummary.render(heading: text(.frameworkFileRefused), errors: model.errors, problems: model.fileProblems, text: text)
            }
            div(.class("table-wrap")) {
                table(.id("framework-versions")) {
                    thead {
                        tr {
                            th(Attribute("scope", "col")) { text(.formName) }
                            th(Attribute("scope", "col")) { text(.frameworkVersion) }
                            th(Attribute("scope", "col")) { text(.columnStatus) }
                            th(Attribute("scope", "col")) { text(.frameworkDownload) }
                        }
                    }
                    tbody {
                        for framework in model.versions {
                            let base = FrameworkPage.path(framework)
                            tr {
                                td { a(.href(base)) { framework.name.text(in: text.language) } }
                                td { "v\(framework.version) · \(framework.key)" }
                                td { FrameworkPage.statusName(framework, text: text) }
                                td {
                                    a(.href("\(base)/download?format=yaml"), .id("download-yaml-\(framework.key)-\(framework.version)")) { "YAML" }
                                    " · "
                                    a(.href("\(base)/download?format=json"), .id("download-json-\(framework.key)-\(framework.version)")) { "JSON" }
                                }
                            }
                        }
                    }
                }
            }
            if model.mayImport {
                section(.class("card"), .id("framework-import")) {
                    h2 { text(.frameworkImportTitle) }
                    p(.class("meta")) { text(.frameworkImportIntro) }
                    form(.method("post"), .action("/competence/frameworks"), .class("stacked"), Attribute("enctype", "multipart/form-data")) {
                        Layout.csrfField(context)
                        label(.for("framework-file")) { text(.frameworkFile) }
                        input(.type("file"), .id("framework-file"), .name("file"), Attribute("accept", ".yaml,.yml,.json"), .required)
                        button(.type("submit"), .id("framework-import-submit")) { text(.frameworkImportSubmit) }
                    }
                }
            }
        }
    }
}
