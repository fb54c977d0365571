import SalesDomain

/// A team and everyone in its subtree, for its managers and for leadership.
enum TeamPage {
    /// A market-level team can hold thousands; past this many the page points to search.
    static let listingLimit = 500

    struct Model: Sendable {
        var team: Team
        var ancestors: [Team]
        var market: Market?
        var subteams: [(team: Team, headcount: Int)]
        var managers: [Person]
        var people: [PersonRow]
        var totalPeople: Int
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        return Layout.page(title: model.team.name, context: context) {
            if !model.ancestors.isEmpty {
                nav(.aria("label", text(.teamParent)), .class("meta")) {
                    for (index, ancestor) in model.ancestors.reversed().enumerated() {
                        if index > 0 { " › " }
                        a(.href("/teams/\(ancestor.id)")) { ancestor.name }
                    }
                }
            }
            h1(.id("team-name")) { model.team.name }
            if !model.team.isActive {
                p(.class("error-summary")) { text(.teamDeactivated) }
            }
            div(.class("card")) {
                dl(.class("facts")) {
                    dt { text(.teamMarket) }
                    dd { model.market?.name ?? text(.organizationNoMarket) }
                    dt { text(.teamManagers) }
                    dd { model.managers.isEmpty ? "—" : model.managers.map(\.name).joined(separator: ", ") }
                }
            }
            if context.can(.administerDirectory) {
                div(.class("actions")) {
                    a(.href("/teams/\(model.team.id)/edit"), .class("button secondary"), .id("edit-team")) { text(.teamEdit) }
                    form(.method("post"), .action("/teams/\(model.team.id)/\(model.team.isActive ? "deactivate" : "reactivate")"), .class("inline")) {
                        Layout.csrfField(context)
                        button(.type("submit"), .class(model.team.isActive ? "danger" : "secondary")) {
                            text(model.team.isActive ? .teamDeactivate : .teamReactivate)
                        }
                    }
                }
            }
            if !model.subteams.isEmpty {
                h2 { text(.teamSubteams) }
                ul(.class("card tree root"), .id("subteams")) {
                    for (team, headcount) in model.subteams {
                        li {
                            a(.href("/teams/\(team.id)")) { team.name }
                            " "
                            span(.class("meta")) { text.headcount(headcount) }
                        }
                    }
                }
            }
            h2 { text(.teamPeople) }
            if !model.subteams.isEmpty {
                p(.class("meta")) { text(.teamIncludesSubteams, ["name": model.team.name]) }
            }
            if model.people.isEmpty {
                p { text(.teamNoPeople) }
            } else {
                if model.totalPeople > model.people.count {
                    p(.class("meta"), .id("people-truncated")) {
                        text(.teamShowingFirst, ["shown": String(model.people.count), "total": String(model.totalPeople)])
                    }
                }
                PersonRow.listing(model.people, id: "team-people", context: context, caption: text(.teamPeople))
            }
        }
    }
}
