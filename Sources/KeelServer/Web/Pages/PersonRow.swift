import SalesDomain

/// A person in a listing, with the names of their team and market resolved.
struct PersonRow: Sendable {
    var person: Person
    var teamName: String?
    var market: Market?

    static func listing(_ rows: [PersonRow], id: String, context: PageContext, caption: String) -> Node {
        let text = context.text
        return div(.class("table-wrap")) {
            table(.id(id)) {
                element("caption", [.class("visually-hidden")]) { caption }
                thead {
                    tr {
                        th(Attribute("scope", "col")) { text(.columnName) }
                        th(Attribute("scope", "col")) { text(.columnJobRole) }
                        th(Attribute("scope", "col")) { text(.columnRole) }
                        th(Attribute("scope", "col")) { text(.columnTeam) }
                        th(Attribute("scope", "col")) { text(.columnMarket) }
                    }
                }
                tbody {
                    for row in rows {
                        tr(.data("person-id", row.person.id.description)) {
                            td {
                                a(.href("/people/\(row.person.id)")) { row.person.name }
                                if !row.person.isActive {
                                    " "
                                    span(.class("badge inactive")) { text(.personDeactivated) }
                                }
                            }
                            td { text.name(of: row.person.jobRole) }
                            td { text.name(of: row.person.accessRole) }
                            td { row.teamName ?? "—" }
                            td { row.market.map(text.market) ?? "—" }
                        }
                    }
                }
            }
        }
    }
}
