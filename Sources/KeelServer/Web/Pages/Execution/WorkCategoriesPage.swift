import SalesDomain

/// Leadership's table of activity type → selling, supporting or internal work.
enum WorkCategoriesPage {
    struct Model: Sendable {
        var rules: WorkCategoryRules
        /// Types found in the organization's activities that have no rule of their own.
        var unmapped: [ActivityType]
        var notice: String?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let types = (Array(model.rules.categoryByType.keys) + model.unmapped).sorted()
        return Layout.page(title: text(.workCategoriesTitle), context: context) {
            h1 { text(.workCategoriesTitle) }
            p(.class("meta")) { text(.workCategoriesIntro) }
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
                                            name: "type.\(type.rawValue)", label: context.text.activityType(type), selected: model.rules.categoryByType[type],
                                            context: context)
                                    }
                                }
                            }
                            tr {
                                td { strong { text(.workCategoriesFallback) } }
                                td { categorySelect(name: "fallback", label: text(.workCategoriesFallback), selected: model.rules.unmappedCategory, context: context) }
                            }
                        }
                    }
                }
                div { button(.type("submit"), .id("save-work-categories")) { text(.formSave) } }
            }
        }
    }

    /// With no rule yet, the first option is empty: saving leaves the type on the fallback.
    /// `label` names the row for a screen reader: the activity type in the reader's words, never the field's name.
    static func categorySelect(name: String, label: String, selected: WorkCategory?, context: PageContext) -> Node {
        select(.name(name), .aria("label", label)) {
            if selected == nil && name != "fallback" { option(.value("")) { "—" } }
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
