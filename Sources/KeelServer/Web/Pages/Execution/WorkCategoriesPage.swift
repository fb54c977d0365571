import SalesDomain

/// Leadership's table of activity type → selling, supporting or internal work.
enum WorkCategoriesPage {
    struct Model: Sendable {
        var rules: WorkCategoryRules
        /// Types found in the organization's activities that have no rule of their own.
        var unmapped: [ActivityType]
        var notice: String?
        /// What a refused form sent, shown instead of the stored rules.
        var entered: [String: String]?
        var errors: [FieldError] = []
    }

    static let typeFieldPrefix = "type."
    static let fallbackField = "fallback"

    static func typeField(_ type: String) -> String { typeFieldPrefix + type }

    /// The category a row shows: what was sent, on a refused form, else the stored rule.
    static func selected(_ field: String, stored: WorkCategory?, model: Model) -> WorkCategory? {
        guard let entered = model.entered else { return stored }
        return entered[field].flatMap(WorkCategory.init(rawValue:))
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let sent = (model.entered ?? [:]).keys.filter { $0.hasPrefix(typeFieldPrefix) }.map { ActivityType(String($0.dropFirst(typeFieldPrefix.count))) }
        let types = Set(Array(model.rules.categoryByType.keys) + model.unmapped + sent).sorted()
        let problems = FormProblems(model.errors, text: text)
        return Layout.page(title: text(.workCategoriesTitle), context: context) {
            h1 { text(.workCategoriesTitle) }
            p(.class("meta")) { text(.workCategoriesIntro) }
            if !problems.isEmpty {
                FormErrorSummary.render(
                    problems, labels: Dictionary(types.map { (typeField($0.rawValue), text.activityType($0)) } + [(fallbackField, text(.workCategoriesFallback))],
                                                 uniquingKeysWith: { first, _ in first }),
                    context: context, anchorPrefix: "field-")
            }
            if let notice = model.notice {
                p(.class("notice"), .id("notice"), Attribute("role", "status")) { notice }
            }
            form(.method("post"), .action("/settings/work-categories"), .id("work-categories")) {
                Layout.csrfField(context)
                div(.class("table-wrap")) {
                    table {
                        thead {
                            tr {
                                th(Attribute("scope", "col")) { text(.columnActivityType) }
                                th(Attribute("scope", "col")) { text(.columnCategory) }
                            }
                        }
                        tbody {
                            for type in types {
                                tr(.data("activity-type", type.rawValue)) {
                                    td {
                                        context.text.activityType(type)
                                        if model.rules.categoryByType[type] == nil {
                                            " "
                                            span(.class("badge")) { text(.workCategoriesUnmapped) }
                                        }
                                    }
                                    td {
                                        categorySelect(
                                            name: typeField(type.rawValue), label: context.text.activityType(type),
                                            selected: selected(typeField(type.rawValue), stored: model.rules.categoryByType[type], model: model),
                                            problems: problems, context: context)
                                    }
                                }
                            }
                            tr {
                                td { strong { text(.workCategoriesFallback) } }
                                td {
                                    categorySelect(
                                        name: fallbackField, label: text(.workCategoriesFallback),
                                        selected: selected(fallbackField, stored: model.rules.unmappedCategory, model: model), problems: problems, context: context)
                                }
                            }
                        }
                    }
                }
                div { button(.type("submit"), .id("save-work-categories")) { text(.formSave) } }
            }
        }
    }

    /// `label` names the row for a screen reader: the activity type in the reader's words, never
    /// the field's name. A refused row says why beside its list, which points at the message.
    static func categorySelect(name: String, label: String, selected: WorkCategory?, problems: FormProblems, context: PageContext) -> Node {
        let message = problems.message(for: name)
        var attributes: [Attribute] = [.id("field-\(name)"), .name(name), .aria("label", label)]
        if message != nil { attributes += [Attribute("aria-invalid", "true"), .aria("describedby", "error-\(name)")] }
        return fragment {
            categoryList(name: name, attributes: attributes, selected: selected, context: context)
            if let message { span(.class("field-error"), .id("error-\(name)")) { message } }
        }
    }

    /// With no rule yet, the first option is empty: saving leaves the type on the fallback.
    static func categoryList(name: String, attributes: [Attribute], selected: WorkCategory?, context: PageContext) -> Node {
        element("select", attributes) {
            if selected == nil && name != fallbackField { option(.value("")) { "—" } }
            for category in WorkCategory.allCases {
                let label = ExecutionPage.categoryName(category, context: context)
                if category == selected {
                    option(.value(category.rawValue), Attribute("selected", nil)) { label }
                } else {
                    option(.value(category.rawValue)) { label }
                }
            }
        }
    }
}
