import SalesDomain

/// The scope and week span picker of the analysis pages (execution, diagnosis): every scope the
/// viewer may see, grouped, with the one on show selected, so pressing *Show* never changes
/// scope by itself.
enum ScopeFilter {
    static func groupName(_ group: AnalysisScopeChoices.Group, text: Localizer) -> String {
        switch group {
        case .organization: text(.scopeGroupOrganization)
        case .markets: text(.organizationMarkets)
        case .teams: text(.teamSubteams)
        case .people: text(.columnPeople)
        }
    }

    static func render(
        action: String, id: String, choices: AnalysisScopeChoices, current: AnalysisScope, weeks: ClosedRange<ISOWeek>, context: PageContext
    ) -> Node {
        let text = context.text
        return form(.method("get"), .action(action), .class("row card"), .id(id)) {
            label {
                text(.executionScope)
                select(.name("scope"), .id("scope")) {
                    for section in choices.sections {
                        element("optgroup", [Attribute("label", groupName(section.group, text: text))]) {
                            for choice in section.choices {
                                // A tree in a list: each level set in by two spaces that do not collapse.
                                let label = String(repeating: "\u{00A0}\u{00A0}", count: choice.depth) + (choice.label ?? text(.scopeOrganization))
                                if choice.scope == current {
                                    option(.value(choice.scope.description), Attribute("selected", nil)) { label }
                                } else {
                                    option(.value(choice.scope.description)) { label }
                                }
                            }
                        }
                    }
                }
            }
            label {
                text(.executionFrom)
                input(.type("text"), .name("from"), .value(weeks.lowerBound.description), Attribute("size", "8"),
                      Attribute("pattern", "[0-9]{4}-W[0-9]{2}"))
            }
            label {
                text(.executionTo)
                input(.type("text"), .name("to"), .value(weeks.upperBound.description), Attribute("size", "8"),
                      Attribute("pattern", "[0-9]{4}-W[0-9]{2}"))
            }
            button(.type("submit")) { text(.executionShow) }
        }
    }
}
