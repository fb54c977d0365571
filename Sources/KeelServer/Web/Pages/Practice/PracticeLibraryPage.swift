import Foundation
import SalesDomain

/// `/practice/library`: the organization's practice items by competency area and competency, so
/// anyone sees what practice exists; leaders and admins add and edit items here, and download or
/// upload the whole library as a file (like frameworks).
enum PracticeLibraryPage {
    struct Model: Sendable {
        var items: [PracticeItem]
        var framework: CompetencyFramework?
        var canEdit: Bool
        var notice: String?
        var fileProblems: [String] = []
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let language = text.language
        let title = text(.practiceLibraryTitle)
        let byCompetency = Dictionary(grouping: model.items, by: \.competencyID)
        return Layout.page(title: title, context: context) {
            h1(.id("library-title")) { title }
            p(.class("meta")) { text(.practiceLibraryIntro, ["count": String(model.items.count { $0.isActive })]) }
            if let notice = model.notice { p(.class("notice"), .id("library-notice")) { notice } }
            if !model.fileProblems.isEmpty {
                div(.class("error-summary"), .id("library-file-problems")) {
                    ul { for problem in model.fileProblems { li { problem } } }
                }
            }
            if model.canEdit {
                div(.class("card row"), .id("library-actions")) {
                    a(.href("/practice/library/new"), .class("button"), .id("library-new")) { text(.practiceLibraryNew) }
                    a(.href("/practice/library/file"), .id("library-download")) { text(.practiceLibraryDownload) }
                    form(.method("post"), .action("/practice/library/file"), Attribute("enctype", "multipart/form-data"), .class("row"), .id("library-upload")) {
                        Layout.csrfField(context)
                        label {
                            text(.practiceLibraryUpload)
                            Node.voidElement("input", [.type("file"), .name("file"), .id("library-file"), Attribute("accept", ".yaml,.yml,.json")])
                        }
                        button(.type("submit"), .class("secondary")) { text(.practiceLibraryUploadButton) }
                    }
                }
            }
            if let framework = model.framework {
                for area in framework.areas {
                    section(.class("card library-area"), .id("library-\(area.key)")) {
                        h2 { area.name.text(in: language) }
                        for competency in area.competencies {
                            h3 { competency.name.text(in: language) }
                            let items = (byCompetency[competency.id] ?? []).sorted { ($0.aimLevel, $0.key) < ($1.aimLevel, $1.key) }
                            if items.isEmpty {
                                p(.class("meta")) { text(.practiceLibraryNone) }
                            } else {
                                ul(.class("plain")) {
                                    for item in items {
                                        li(.id("item-\(item.key)")) {
                                            strong { item.title.text(in: language) }
                                            " "
                                            span(.class("meta")) {
                                                PracticeNames.kind(item.kind, text: text) + " · " + text(.practiceAimLevel, ["level": String(item.aimLevel)])
                                                    + " · " + text(.practiceMinutes, ["minutes": String(item.minutes)])
                                            }
                                            if !item.isActive { " "; span(.class("badge")) { text(.practiceStatusRetired) } }
                                            if model.canEdit { " "; a(.href("/practice/library/\(item.id)/edit")) { text(.practiceEdit) } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            } else {
                p(.class("notice")) { text(.practiceNoFramework) }
            }
        }
    }
}
