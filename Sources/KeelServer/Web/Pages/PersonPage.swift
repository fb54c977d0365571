import Foundation
import KeelStore
import SalesDomain

/// A person's profile: role, team, market, team history and — for admins — change history.
enum PersonPage {
    struct Model: Sendable {
        var person: Person
        var team: Team?
        var market: Market?
        var leaderMarkets: [Market]
        var history: [(membership: TeamMembership, teamName: String)]
        var audit: [AuditEntry]?
        /// Shown after the redirect from an erasure (`?notice=erased`).
        var erasedNotice = false
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let person = model.person
        let day = Date.FormatStyle(date: .abbreviated, time: .omitted, locale: Locale(identifier: text.language.rawValue), timeZone: context.calendar.timeZone)
        return Layout.page(title: person.name, context: context) {
            h1(.id("person-name")) { person.name }
            if model.erasedNotice {
                p(.class("notice"), .id("notice"), Attribute("role", "status")) { text(.erasureDone, ["pseudonym": person.name]) }
            }
            p {
                a(.href("/execution?scope=person:\(person.id)"), .id("person-execution")) { text(.executionLink) }
                " · "
                a(.href("/people/\(person.id)/kpis"), .id("person-kpis")) { text(.kpiOpen) }
            }
            p(.class("subtitle")) {
                text.name(of: person.jobRole)
                if ErasedIdentity.isErased(email: person.email) {
                    " "
                    span(.class("badge inactive"), .id("person-erased")) { text(.erasureErasedBadge) }
                } else if !person.isActive {
                    " "
                    span(.class("badge inactive"), .id("person-inactive")) { text(.personDeactivated) }
                }
            }
            div(.class("card")) {
                dl(.class("facts")) {
                    dt { text(.personEmail) }
                    dd { a(.href("mailto:\(person.email)")) { person.email } }
                    dt { text(.personAccessRole) }
                    dd { text.name(of: person.accessRole) }
                    dt { text(.personTeam) }
                    dd {
                        if let team = model.team {
                            if context.can(.readOthers) { a(.href("/teams/\(team.id)")) { team.name } } else { team.name }
                        } else {
                            text(.personNoTeam)
                        }
                    }
                    dt { text(.personMarket) }
                    dd { model.market.map(text.market) ?? "—" }
                    if person.accessRole == .leader {
                        dt { text(.personLeaderMarkets) }
                        dd { model.leaderMarkets.isEmpty ? text(.personWholeOrganization) : model.leaderMarkets.map(text.market).joined(separator: ", ") }
                    }
                    dt { text(.personStatus) }
                    dd {
                        if person.isActive { text(.personActive) } else {
                            "\(text(.personDeactivated)) \(person.deactivatedAt.map { $0.formatted(day) } ?? "")"
                        }
                    }
                }
            }
            if context.can(.administerDirectory) {
                div(.class("actions")) {
                    a(.href("/people/\(person.id)/edit"), .class("button secondary"), .id("edit-person")) { text(.personEdit) }
                    if person.id != context.viewer?.id {
                        form(.method("post"), .action("/people/\(person.id)/\(person.isActive ? "deactivate" : "reactivate")"), .class("inline")) {
                            Layout.csrfField(context)
                            button(.type("submit"), .class(person.isActive ? "danger" : "secondary"), .id("toggle-active")) {
                                text(person.isActive ? .personDeactivate : .personReactivate)
                            }
                        }
                    }
                }
            }
            if person.id == context.viewer?.id || context.can(.readAuditLog) {
                p { a(.href("/people/\(person.id)/export"), .id("person-export")) { text(.exportLink) } }
            }
            if context.can(.erasePersonalData), person.id != context.viewer?.id, !ErasedIdentity.isErased(email: person.email) {
                p { a(.href("/people/\(person.id)/erase"), .class("danger-link"), .id("person-erase")) { text(.erasureLink) } }
            }
            h2 { text(.personTeamHistory) }
            div(.class("table-wrap")) {
                table(.id("team-history")) {
                    thead {
                        tr {
                            th(Attribute("scope", "col")) { text(.personTeam) }
                            th(Attribute("scope", "col")) { text(.personFrom) }
                            th(Attribute("scope", "col")) { text(.personUntil) }
                        }
                    }
                    tbody {
                        for (membership, teamName) in model.history {
                            tr {
                                td { teamName }
                                td { membership.from.formatted(day) }
                                td { membership.until.map { $0.formatted(day) } ?? text(.personPresent) }
                            }
                        }
                    }
                }
            }
            if let audit = model.audit {
                h2 { text(.personHistory) }
                if audit.isEmpty {
                    p { text(.personHistoryEmpty) }
                } else {
                    ul(.class("card"), .id("audit-trail")) {
                        for entry in audit {
                            li {
                                strong { auditLabel(entry.action, text: text) }
                                " "
                                span(.class("meta")) { entry.occurredAt.formatted(day) }
                            }
                        }
                    }
                }
            }
        }
    }

    static func auditLabel(_ action: String, text: Localizer) -> String {
        switch action {
        case "created": text(.auditCreated)
        case "moved": text(.auditMoved)
        case "deactivated": text(.auditDeactivated)
        case "reactivated": text(.auditReactivated)
        default: text(.auditUpdated)
        }
    }
}
