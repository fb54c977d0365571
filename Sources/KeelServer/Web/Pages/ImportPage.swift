import Foundation
import KeelImport
import KeelStore
import SalesDomain

/// Upload a CRM export, see what it did (or what is wrong with it), and the recent imports.
enum ImportPage {
    struct Model: Sendable {
        var result: ImportSummary?
        var errors: [FieldError] = []
        var recent: [ImportRunRecord]
        var chosenKind: String = ImportKind.deals.rawValue
        var chosenMapping: String = ""
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let day = Date.FormatStyle(date: .abbreviated, time: .omitted, locale: Locale(identifier: text.language.rawValue),
                                   timeZone: context.calendar.timeZone)
        let when = Date.FormatStyle(date: .abbreviated, time: .shortened, locale: Locale(identifier: text.language.rawValue),
                                    timeZone: context.calendar.timeZone)
        return Layout.page(title: text(.importTitle), context: context) {
            h1 { text(.importTitle) }
            p(.class("subtitle")) { text(.importIntro) }
            if let result = model.result {
                section(.class(result.isRejected ? "card error-summary" : "card"), .id("import-result"), Attribute("role", "status")) {
                    if result.isRejected {
                        h2 { text(.importRejected, ["count": String(result.problemCount), "rows": String(result.rows)]) }
                        ul(.id("import-problems")) {
                            for problem in result.problems { li { text.describe(problem) } }
                        }
                    } else {
                        h2 {
                            text(result.dryRun ? .importDryRunDone : .importDone, [
                                "rows": String(result.rows), "inserted": String(result.inserted),
                                "updated": String(result.updated), "unchanged": String(result.unchanged),
                            ])
                        }
                    }
                    let notes = result.notices.map(text.callAsFunction)
                    if !notes.isEmpty {
                        ul(.id("import-notes")) { for note in notes { li { note } } }
                    }
                }
            }
            let problems = FormProblems(model.errors, text: text)
            if !problems.isEmpty {
                FormErrorSummary.render(problems, labels: ["kind": text(.importKind), "mapping": text(.importMapping), "file": text(.importFile),
                                                           "mappingFile": text(.importMappingFile),
                                                           "asOf": text(.importAsOf)],
                                        context: context, anchorPrefix: "field-")
            }
            form(.method("post"), .action("/imports"), .class("stacked card"), Attribute("enctype", "multipart/form-data")) {
                Layout.csrfField(context)
                FormField.choice("kind", label: text(.importKind),
                                 options: ImportKind.allCases.map { ($0.rawValue, text.importKind($0)) },
                                 selected: model.chosenKind, problems: problems)
                FormField.choice("mapping", label: text(.importMapping),
                                 options: BuiltInMappings.all.map { ($0.name, "\($0.name) — \(text.mappingDescription($0))") },
                                 selected: model.chosenMapping, problems: problems)
                mappingFileField(problems: problems, text: text)
                label(.for("field-file")) {
                    text(.importFile)
                    input(.type("file"), .id("field-file"), .name("file"), Attribute("accept", ".csv,text/csv"), .required)
                }
                label(.for("field-asOf")) {
                    text(.importAsOf)
                    span(.class("hint")) { text(.importAsOfHint) }
                    input(.type("date"), .id("field-asOf"), .name("asOf"))
                }
                label(.class("hint")) {
                    input(.type("checkbox"), .name("dryRun"), .value("true"))
                    " \(text(.importDryRun))"
                }
                div(.class("actions")) { button(.type("submit"), .id("import-submit")) { text(.importSubmit) } }
            }
            expectedColumns(text: text)
            h2 { text(.importRecent) }
            if model.recent.isEmpty {
                p { text(.importNone) }
            } else {
                div(.class("table-wrap")) {
                    table(.id("import-runs")) {
                        thead {
                            tr {
                                th(Attribute("scope", "col")) { text(.importImportedAt) }
                                th(Attribute("scope", "col")) { text(.importImportedBy) }
                                th(Attribute("scope", "col")) { text(.importFile) }
                                th(Attribute("scope", "col")) { text(.importKind) }
                                th(Attribute("scope", "col")) { text(.importMapping) }
                                th(Attribute("scope", "col")) { text(.importAsOf) }
                                th(Attribute("scope", "col")) { text(.importRows) }
                            }
                        }
                        tbody {
                            for run in model.recent {
                                tr {
                                    td { run.finishedAt.formatted(when) }
                                    td { run.importedByName ?? text(run.actorID == nil ? .importByCommandLine : .importByFormerPerson) }
                                    td { run.fileName }
                                    td { ImportKind(rawValue: run.kind).map(text.importKind) ?? run.kind }
                                    td { element("code", []) { run.mapping } }
                                    td { run.asOf.formatted(day) }
                                    td { "\(run.rows) (+\(run.inserted), ~\(run.updated), =\(run.unchanged))" }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// A mapping file of the organization's own (YAML), for an export no built-in mapping reads;
    /// each of its problems is listed at the top with its line.
    static func mappingFileField(problems: FormProblems, text: Localizer) -> Node {
        let messages = problems.entries.filter { $0.field == "mappingFile" }.map(\.message)
        let message = messages.isEmpty ? nil : messages
        var attributes: [Attribute] = [.type("file"), .id("field-mappingFile"), .name("mappingFile"), Attribute("accept", ".yaml,.yml,application/yaml,text/yaml")]
        if message != nil { attributes += [Attribute("aria-invalid", "true"), .aria("describedby", "error-mappingFile")] }
        return label(.for("field-mappingFile")) {
            text(.importMappingFile)
            span(.class("hint")) { text(.importMappingFileHint) }
            Node.voidElement("input", attributes)
            // A file can have many problems: one line each, not one paragraph.
            if let message { ul(.class("field-error"), .id("error-mappingFile")) { for line in message { li { line } } } }
        }
    }

    /// Each built-in mapping's columns, so a file can be checked before it is uploaded, and a
    /// header-only file to start from.
    static func expectedColumns(text: Localizer) -> Node {
        section(.id("import-columns")) {
            h2 { text(.importColumnsTitle) }
            p(.class("hint")) { text(.importColumnsIntro) }
            for mapping in BuiltInMappings.all {
                element("details", [.class("mapping-columns"), .id("columns-\(mapping.name)")]) {
                    element("summary", []) {
                        element("code", []) { mapping.name }
                        " — \(text.mappingDescription(mapping))"
                    }
                    div(.class("table-wrap")) {
                        table {
                            thead {
                                tr {
                                    th(Attribute("scope", "col")) { text(.importColumnHeader) }
                                    th(Attribute("scope", "col")) { text(.importColumnField) }
                                }
                            }
                            tbody {
                                for column in mapping.expectedColumns {
                                    tr {
                                        td { element("code", []) { column.header } }
                                        td {
                                            element("code", []) { column.field.rawValue }
                                            if column.required { " (\(text(.importColumnRequired)))" }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    p {
                        a(.href(ImportPagesController.templatePath(of: mapping)), Attribute("download", "\(mapping.name).csv")) {
                            text(.importTemplateDownload, ["mapping": mapping.name])
                        }
                    }
                }
            }
        }
    }
}
