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
        var audit: AuditLogReport?
        var pages = PersonPages(diagnosis: false, coaching: false, practice: false, competenceCycle: nil)
        /// Shown after the redirect from an erasure (`?notice=erased`).
        var erasedNotice = false
        /// Shown after the redirect from setting a password (`?notice=password`).
        var passwordNotice = false
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let person = model.person
        let day = Date.FormatStyle(date: .abbreviated, time: .omitted, locale: Locale(identifier: text.language.rawValue), timeZone: context.calendar.timeZone)
        let when = Date.FormatStyle(date: .abbreviated, time: .shortened, locale: Locale(identifier: text.language.rawValue), timeZone: context.calendar.timeZone)
        return Layout.page(title: person.name, context: context) {
            h1(.id("person-name")) { person.name }
            if model.erasedNotice {
                p(.class("notice"), .id("notice"), Attribute("role", "status")) { text(.erasureDone, ["pseudonym": person.name]) }
            }
            if model.passwordNotice {
                p(.class("notice"), .id("notice"), Attribute("role", "status")) {
                    person.id == context.viewer?.id ? text(.passwordChangedNotice) : text(.passwordResetNotice, ["name": person.name])
                }
            }
            p(.id("person-pages")) {
                let pages = model.pages
                // Each page only when the viewer may open it (``PersonPages``): a link never ends in a refusal.
                let candidates: [(href: String, id: String, label: String)?] = [
                    pages.diagnosis ? ("/diagnosis?scope=person:\(person.id)", "person-diagnosis", text(.personDiagnosisLink)) : nil,
                    pages.coaching ? ("/coaching?scope=person:\(person.id)", "person-coaching", text(.personCoachingLink)) : nil,
                    pages.competenceCycle.map { ("/competence/cycles/\($0)/people/\(person.id)", "person-competence", text(.personCompetenceLink)) },
                    pages.practice ? ("/practice/people/\(person.id)", "person-practice", text(.personPracticeLink)) : nil,
                    ("/execution?scope=person:\(person.id)", "person-execution", text(.executionLink)),
                    ("/people/\(person.id)/kpis", "person-kpis", text(.kpiOpen)),
                ]
                for (index, link) in candidates.compactMap({ $0 }).enumerated() {
                    if index > 0 { " · " }
                    a(.href(link.href), .id(link.id)) { link.label }
                }
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
            if person.id == context.viewer?.id, !context.can(.administerDirectory) {
                div(.class("actions")) {
                    a(.href("/people/\(person.id)/password"), .class("button secondary"), .id("set-password")) { text(.passwordChangeLink) }
                }
            }
            if context.can(.administerDirectory) {
                div(.class("actions")) {
                    a(.href("/people/\(person.id)/edit"), .class("button secondary"), .id("edit-person")) { text(.personEdit) }
                    if !ErasedIdentity.isErased(email: person.email) {
                        a(.href("/people/\(person.id)/password"), .class("button secondary"), .id("set-password")) {
                            text(person.id == context.viewer?.id ? .passwordChangeLink : .passwordSetLink)
                        }
                    }
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
                if audit.events.isEmpty {
                    p { text(.personHistoryEmpty) }
                } else {
                    p(.class("subtitle")) { text(.historyIntro) }
                    ul(.class("card history"), .id("audit-trail")) {
                        for event in audit.events {
                            li {
                                strong { eventLabel(event, text: text) }
                                " "
                                span(.class("meta")) {
                                    "\(event.occurredAt.formatted(when)) · "
                                    event.actorID.map { text(.historyBy, ["name": audit.names.people[$0] ?? text(.auditDeletedPerson)]) }
                                        ?? (event.kind == AuditKind.signIn.rawValue ? text(.historyByNobodySignIn) : text(.historyByNobody))
                                }
                                AuditChangeList.render(event.changes, names: audit.names, text: text, when: when)
                            }
                        }
                    }
                    if audit.total > audit.events.count {
                        p(.id("history-more")) {
                            if context.can(.readAuditLog) {
                                a(.href("/admin/audit?person=\(person.id)")) {
                                    text(.historyMore, ["shown": String(audit.events.count), "total": String(audit.total)])
                                }
                            } else {
                                text(.historyMore, ["shown": String(audit.events.count), "total": String(audit.total)])
                            }
                        }
                    }
                }
            }
        }
    }

    /// What happened to the record: the person's own changes by their action, anything else
    /// (a password set) by its kind too.
    static func eventLabel(_ event: AuditEvent, text: Localizer) -> String {
        event.kind == AuditKind.person.rawValue ? auditLabel(event.action, text: text)
            : "\(text.auditKind(event.kind)): \(text.auditAction(event.action).lowercased(with: Locale(identifier: text.language.rawValue)))"
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
