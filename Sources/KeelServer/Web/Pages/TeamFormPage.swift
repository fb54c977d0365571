import SalesDomain

/// Adding or editing a team (administrators).
enum TeamFormPage {
    struct Values: Sendable {
        var name = ""
        var parentID = ""
        var marketID = ""

        init() {}

        init(_ team: Team) {
            name = team.name
            parentID = team.parentID?.description ?? ""
            marketID = team.marketID?.description ?? ""
        }
    }

    struct Model: Sendable {
        var existing: Team?
        var values: Values
        var errors: [FieldError] = []
        var teams: [Team]
        var markets: [Market]
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let problems = FormProblems(model.errors, text: text)
        let title = model.existing.map { text(.formEditTeam, ["name": $0.name]) } ?? text(.formNewTeam)
        let action = model.existing.map { "/teams/\($0.id)/edit" } ?? "/teams"
        return Layout.page(title: title, context: context) {
            h1 { title }
            if !problems.isEmpty {
                FormErrorSummary.render(problems, labels: ["name": text(.formName), "parentID": text(.formParentTeam), "marketID": text(.teamMarket)], context: context, anchorPrefix: "field-")
            }
            form(.method("post"), .action(action), .class("stacked card"), Attribute("novalidate", nil)) {
                Layout.csrfField(context)
                FormField.text("name", label: text(.formName), value: model.values.name, problems: problems, autocomplete: "off")
                FormField.choice("parentID", label: text(.formParentTeam),
                                 options: model.teams.filter { $0.isActive && $0.id != model.existing?.id }.map { ($0.id.description, $0.name) },
                                 selected: model.values.parentID, problems: problems, noneLabel: text(.formNone))
                FormField.choice("marketID", label: text(.teamMarket),
                                 options: model.markets.map { ($0.id.description, text.market($0)) },
                                 selected: model.values.marketID, problems: problems, noneLabel: text(.formNone))
                div(.class("actions")) {
                    button(.type("submit"), .id("save")) { text(.formSave) }
                    a(.href(model.existing.map { "/teams/\($0.id)" } ?? "/organization"), .class("button secondary")) { text(.formCancel) }
                }
            }
        }
    }
}
