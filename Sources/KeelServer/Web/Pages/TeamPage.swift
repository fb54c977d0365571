import KeelStore
import SalesDomain

/// A team and everyone in its subtree, for its managers and for leadership.
enum TeamPage {

    struct PostponementRow: Sendable {
        var item: ActivityLog.PostponedActivity
        var ownerName: String
        var reasonName: String
    }

    struct Model: Sendable {
        var team: Team
        var ancestors: [Team]
        var market: Market?
        var subteams: [TeamReport.Subteam]
        var managers: [Person]
        var people: [PersonRow]
        var totalPeople: Int
        var postponements: [PostponementRow]
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
                    dd { model.market.map(text.market) ?? text(.organizationNoMarket) }
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
            p { a(.href("/execution?scope=team:\(model.team.id)"), .id("team-execution")) { text(.executionLink) } }
            if !model.subteams.isEmpty {
                h2 { text(.teamSubteams) }
                ul(.class("card tree root"), .id("subteams")) {
                    for subteam in model.subteams {
                        li {
                            a(.href("/teams/\(subteam.team.id)")) { subteam.team.name }
                            " "
                            span(.class("meta")) { headcount(subteam.headcount, ownMembers: subteam.ownMembers, text: text) }
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
            postponements(model, context: context)
        }
    }

    /// "37 people (2 in the team itself)": a team's people include its sub-teams'; its own are
    /// named apart when they differ.
    static func headcount(_ total: Int, ownMembers: Int, text: Localizer) -> String {
        total == ownMembers ? text.headcount(total) : "\(text.headcount(total)) (\(text(.teamOwnMembers, ["count": String(ownMembers)])))"
    }

    static func postponements(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        return section(.id("postponements")) {
            h2 { text(.teamPostponements) }
            p(.class("meta")) { text(.teamPostponementsIntro) }
            if model.postponements.isEmpty {
                p(.id("postponements-none")) { text(.teamPostponementsNone) }
            } else {
                div(.class("table-wrap")) {
                    table(.id("postponement-table"), .class("stacked")) {
                        thead {
                            tr {
                                th(Attribute("scope", "col")) { text(.columnPerson) }
                                th(Attribute("scope", "col")) { text(.columnActivityType) }
                                th(Attribute("scope", "col")) { text(.columnPlannedFor) }
                                th(Attribute("scope", "col")) { text(.columnChange) }
                                th(Attribute("scope", "col")) { text(.columnReason) }
                                th(Attribute("scope", "col")) { text(.columnReview) }
                            }
                        }
                        tbody {
                            for row in model.postponements {
                                let postponement = row.item.postponement
                                tr(.data("postponement-id", postponement.id.description)) {
                                    td { a(.href("/people/\(postponement.ownerID)")) { row.ownerName } }
                                    td(.data("label", text(.columnActivityType))) { context.text.activityType(row.item.activityType) }
                                    td(.class("date"), .data("label", text(.columnPlannedFor))) { FormDate.string(postponement.from, in: context.calendar) }
                                    td(.class("date"), .data("label", text(.columnChange))) {
                                        postponement.movedTo.map { "→ \(FormDate.string($0, in: context.calendar))" } ?? text(.activityDropped)
                                    }
                                    td(.class("reason"), .data("label", text(.columnReason))) { row.reasonName }
                                    td { review(postponement, team: model.team.id, context: context) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func review(_ postponement: Postponement, team: Team.ID, context: PageContext) -> Node {
        let text = context.text
        if let review = postponement.review {
            return span(.class("badge")) { review.verdict == .verifiedObstacle ? text(.reviewVerified) : text(.reviewExcuse) }
        }
        guard postponement.ownerID != context.viewer?.id else { return .text(text(.reviewPending)) }
        return form(.method("post"), .action("/postponements/\(postponement.id)/review"), .class("row")) {
            Layout.csrfField(context)
            input(.type("hidden"), .name("team"), .value(team.description))
            button(.type("submit"), .name("verdict"), .value(ReviewVerdict.verifiedObstacle.rawValue), .class("small-button secondary"),
                   .id("verify-\(postponement.id)")) {
                text(.reviewVerified)
            }
            button(.type("submit"), .name("verdict"), .value(ReviewVerdict.acceptedExcuse.rawValue), .class("small-button secondary"),
                   .id("excuse-\(postponement.id)")) {
                text(.reviewExcuse)
            }
        }
    }
}
