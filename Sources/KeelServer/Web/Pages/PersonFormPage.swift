import SalesDomain

/// Adding or editing a person (administrators).
enum PersonFormPage {
    struct Values: Sendable {
        var name = ""
        var email = ""
        var jobRole = JobRole.accountExecutive.rawValue
        var accessRole = AccessRole.seller.rawValue
        var teamID = ""
        var marketID = ""
        var leaderMarketIDs: Set<String> = []

        init() {}

        init(_ person: Person) {
            name = person.name
            email = person.email
            jobRole = person.jobRole.rawValue
            accessRole = person.accessRole.rawValue
            teamID = person.teamID?.description ?? ""
            marketID = person.marketID?.description ?? ""
            leaderMarketIDs = Set(person.leaderMarketIDs.map(\.description))
        }
    }

    struct Model: Sendable {
        /// `nil` when adding.
        var existing: Person?
        var values: Values
        var errors: [FieldError] = []
        var teams: [Team]
        var markets: [Market]
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let problems = FormProblems(model.errors, text: text)
        let title = model.existing.map { text(.formEditPerson, ["name": $0.name]) } ?? text(.formNewPerson)
        let action = model.existing.map { "/people/\($0.id)/edit" } ?? "/people"
        let values = model.values
        return Layout.page(title: title, context: context) {
            h1 { title }
            if !problems.isEmpty {
                FormErrorSummary.render(problems, labels: ["name": text(.formName), "email": text(.personEmail), "jobRole": text(.personJobRole), "accessRole": text(.personAccessRole), "teamID": text(.personTeam), "marketID": text(.personMarket), "leaderMarketIDs": text(.personLeaderMarkets), "password": text(.formPassword)], context: context, anchorPrefix: "field-")
            }
            form(.method("post"), .action(action), .class("stacked card"), Attribute("novalidate", nil)) {
                Layout.csrfField(context)
                FormField.text("name", label: text(.formName), value: values.name, problems: problems, autocomplete: "off")
                FormField.text("email", label: text(.personEmail), value: values.email, type: "email", problems: problems, autocomplete: "off")
                FormField.choice("jobRole", label: text(.personJobRole),
                                 options: JobRole.allCases.map { ($0.rawValue, text.name(of: $0)) },
                                 selected: values.jobRole, problems: problems)
                FormField.choice("accessRole", label: text(.personAccessRole),
                                 options: AccessRole.allCases.map { ($0.rawValue, text.name(of: $0)) },
                                 selected: values.accessRole, problems: problems)
                FormField.choice("teamID", label: text(.personTeam),
                                 options: model.teams.filter(\.isActive).map { team in
                                     (team.id.description, model.markets.first { $0.id == team.marketID }.map { "\(team.name) (\(text.market($0)))" } ?? team.name)
                                 },
                                 selected: values.teamID, problems: problems, noneLabel: text(.formNone))
                FormField.choice("marketID", label: text(.personMarket),
                                 options: model.markets.map { ($0.id.description, text.market($0)) },
                                 selected: values.marketID, problems: problems, noneLabel: text(.formNone))
                p(.class("meta"), .id("market-hint")) { text(.personMarketHint) }
                fieldset {
                    legend { "\(text(.personLeaderMarkets)) (\(text(.formOptional)))" }
                    for market in model.markets {
                        label(.class("hint")) {
                            if values.leaderMarketIDs.contains(market.id.description) {
                                input(.type("checkbox"), .name("leaderMarketIDs[]"), .value(market.id.description), .checked)
                            } else {
                                input(.type("checkbox"), .name("leaderMarketIDs[]"), .value(market.id.description))
                            }
                            " \(text.market(market))"
                        }
                    }
                }
                if model.existing == nil {
                    FormField.text("password", label: text(.formPassword), value: "", type: "password", problems: problems,
                                   hint: text(.formPasswordHint), required: false, autocomplete: "new-password")
                }
                div(.class("actions")) {
                    button(.type("submit"), .id("save")) { text(.formSave) }
                    a(.href(model.existing.map { "/people/\($0.id)" } ?? "/organization"), .class("button secondary")) { text(.formCancel) }
                }
            }
        }
    }
}
