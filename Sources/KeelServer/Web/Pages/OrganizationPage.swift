import SalesDomain

/// Leaders and admins: markets → teams (as a tree) → people, and a search over people.
enum OrganizationPage {
    typealias TeamNode = OrganizationChart.TeamNode
    typealias MarketSection = OrganizationChart.MarketSection

    struct Model: Sendable {
        var organization: Organization
        var sections: [MarketSection]
        var activePeople: Int
        var teamCount: Int
        var search: String?
        var results: [PersonRow]?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        return Layout.page(title: model.organization.name, context: context) {
            h1 { text(.organizationTitle, ["name": model.organization.name]) }
            p(.class("subtitle")) {
                text(.organizationPeopleCount, ["count": String(model.activePeople), "teams": String(model.teamCount)])
            }
            form(.method("get"), .action("/organization"), .class("search"), Attribute("role", "search")) {
                label(.for("people-search"), .class("visually-hidden")) { text(.organizationSearchLabel) }
                input(.type("search"), .id("people-search"), .name("q"), .value(model.search ?? ""),
                      .aria("label", text(.organizationSearchLabel)))
                button(.type("submit")) { text(.organizationSearchSubmit) }
            }
            if let results = model.results, let query = model.search {
                h2 { text(.organizationSearchResults, ["query": query]) }
                if results.isEmpty {
                    p { text(.organizationSearchNone, ["query": query]) }
                } else {
                    PersonRow.listing(results, id: "search-results", context: context, caption: text(.organizationSearchResults, ["query": query]))
                }
            }
            for section in model.sections {
                Self.section(section, context: context)
            }
        }
    }

    static func section(_ section: MarketSection, context: PageContext) -> Node {
        let text = context.text
        return fragment {
            h2(.data("market", section.market?.code ?? "none")) { section.market.map(text.market) ?? text(.organizationNoMarket) }
            div(.class("card")) {
                tree(section.teams, context: context, isRoot: true)
            }
        }
    }

    static func tree(_ nodes: [TeamNode], context: PageContext, isRoot: Bool) -> Node {
        let text = context.text
        return ul(.class(isRoot ? "tree root" : "tree")) {
            for node in nodes {
                li {
                    a(.href("/teams/\(node.team.id)")) { node.team.name }
                    " "
                    span(.class("meta")) {
                        TeamPage.headcount(node.headcount, ownMembers: node.ownMembers, text: text)
                        if !node.managers.isEmpty {
                            " · \(node.managers.map(\.name).joined(separator: ", "))"
                        }
                    }
                    if !node.children.isEmpty {
                        tree(node.children, context: context, isRoot: false)
                    }
                }
            }
        }
    }
}
