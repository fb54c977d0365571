import SalesDomain

/// Leadership's editor for the reason catalog: names in the three languages, the class, and
/// whether sellers may still choose a reason.
enum ReasonCatalogPage {
    struct Row: Sendable {
        var code: String
        var names: [Language: String]
        var reasonClass: ReasonClass
        var isActive: Bool
        /// Stored reasons keep their code: renaming one would orphan its history.
        var isStored: Bool
    }

    struct Model: Sendable {
        var rows: [Row]
        var notice: String?
        var errors: [FieldError] = []
    }

    static func rows(_ catalog: ReasonCatalog) -> [Row] {
        catalog.reasons.map {
            Row(code: $0.code.rawValue, names: $0.names, reasonClass: $0.reasonClass, isActive: $0.isActive, isStored: true)
        }
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let blank = Row(code: "", names: [:], reasonClass: .excuseProne, isActive: true, isStored: false)
        return Layout.page(title: text(.reasonsSettingsTitle), context: context) {
            h1 { text(.reasonsSettingsTitle) }
            p(.class("meta")) { text(.reasonsSettingsIntro) }
            let problems = FormProblems(model.errors, text: text)
            if !problems.isEmpty {
                // Rows are numbered as the table shows them; the anchor is the row's code field.
                let labels = Dictionary(uniqueKeysWithValues: (model.rows.indices).flatMap { index in
                    [codeField(index), namesField(index)].map { ($0, "\(text(.columnCode)) \(index + 1)") }
                })
                let anchors = Dictionary(uniqueKeysWithValues: model.rows.indices.map { (namesField($0), "reason-\(codeField($0))") })
                FormErrorSummary.render(problems, labels: labels, context: context, anchorPrefix: "reason-", anchors: anchors)
            }
            if let notice = model.notice {
                p(.class("notice"), .id("notice"), Attribute("role", "status")) { notice }
            }
            form(.method("post"), .action("/settings/reasons"), .id("reason-catalog")) {
                Layout.csrfField(context)
                input(.type("hidden"), .name("count"), .value(String(model.rows.count + 1)))
                div(.class("table-wrap")) {
                    table {
                        thead {
                            tr {
                                th(Attribute("scope", "col")) { text(.columnCode) }
                                th(Attribute("scope", "col")) { text(.columnEnglish) }
                                th(Attribute("scope", "col")) { text(.columnSwedish) }
                                th(Attribute("scope", "col")) { text(.columnNorwegian) }
                                th(Attribute("scope", "col")) { text(.columnKind) }
                                th(Attribute("scope", "col")) { text(.columnActive) }
                            }
                        }
                        tbody {
                            for (index, row) in (model.rows + [blank]).enumerated() {
                                self.row(row, index: index, problems: problems, context: context)
                            }
                        }
                    }
                }
                p(.class("meta")) { text(.reasonsNewRow) }
                div { button(.type("submit"), .id("save-reasons")) { text(.formSave) } }
            }
        }
    }

    static func codeField(_ index: Int) -> String { "reasons[\(index)].code" }
    static func namesField(_ index: Int) -> String { "reasons[\(index)].names" }

    /// A refused row says why in the row: the code's problem under the code, a missing name
    /// under the first name; each input points at its message.
    static func row(_ row: Row, index: Int, problems: FormProblems, context: PageContext) -> Node {
        let text = context.text
        let codeMessage = problems.message(for: codeField(index))
        let namesMessage = problems.message(for: namesField(index))
        func invalid(_ message: String?, _ field: String) -> [Attribute] {
            message == nil ? [] : [Attribute("aria-invalid", "true"), .aria("describedby", "error-\(field)")]
        }
        func nameField(_ language: Language) -> Node {
            td {
                Node.voidElement("input", [.type("text"), .name("\(language.rawValue)_\(index)"), Attribute("lang", language.rawValue),
                                           .value(row.names[language] ?? ""),
                                           .aria("label", "\(Localizer.endonym(language)): \(row.names[text.language] ?? row.code)"),
                                           Attribute("maxlength", "200")] + invalid(namesMessage, namesField(index)))
                if language == .english, let namesMessage {
                    span(.class("field-error"), .id("error-\(namesField(index))")) { namesMessage }
                }
            }
        }
        return tr(.data("reason-code", row.code), .id("reason-\(codeField(index))")) {
            td {
                if row.isStored {
                    code(row.code)
                    input(.type("hidden"), .name("code_\(index)"), .value(row.code))
                } else {
                    Node.voidElement("input", [.type("text"), .name("code_\(index)"), .value(row.code), .id("new-reason-code"),
                                               .aria("label", text(.columnCode)), Attribute("pattern", "[a-z0-9_]+"), Attribute("maxlength", "60")]
                                     + invalid(codeMessage, codeField(index)))
                }
                if let codeMessage { span(.class("field-error"), .id("error-\(codeField(index))")) { codeMessage } }
            }
            nameField(.english)
            nameField(.swedish)
            nameField(.norwegianBokmal)
            td {
                select(.name("class_\(index)"), .aria("label", text(.columnKind))) {
                    for reasonClass in [ReasonClass.obstacle, .excuseProne] {
                        let label = reasonClass == .obstacle ? text(.classObstacle) : text(.classExcuseProne)
                        if reasonClass == row.reasonClass {
                            option(.value(reasonClass.rawValue), Attribute("selected", nil)) { label }
                        } else {
                            option(.value(reasonClass.rawValue)) { label }
                        }
                    }
                }
            }
            td {
                if row.isActive {
                    input(.type("checkbox"), .name("active_\(index)"), .value("true"), Attribute("checked", nil), .aria("label", text(.columnActive)))
                } else {
                    input(.type("checkbox"), .name("active_\(index)"), .value("true"), .aria("label", text(.columnActive)))
                }
            }
        }
    }

    private static func code(_ value: String) -> Node {
        element("code", []) { value }
    }
}
