import Foundation
import SalesDomain

/// Admins: the organization's audit log, filtered and paged, with its CSV and JSON files.
enum AuditPage {
    struct Model: Sendable {
        var report: AuditLogReport
        /// The filters as typed, to show them again: e-mail addresses for people, days for the period.
        var person: String
        var actor: String
        var from: String
        var to: String
        var calendar: WeekCalendar
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let report = model.report
        let query = report.query
        let when = Date.FormatStyle(date: .abbreviated, time: .standard, locale: Locale(identifier: text.language.rawValue),
                                    timeZone: context.calendar.timeZone)
        return Layout.page(title: text(.auditTitle), context: context) {
            h1 { text(.auditTitle) }
            p(.class("subtitle")) { text(.auditIntro) }
            form(.method("get"), .action("/admin/audit"), .class("row card"), .id("audit-filter"), .aria("label", text(.auditFiltersCaption))) {
                label {
                    text(.auditFilterPerson)
                    input(.type("text"), .name("person"), .id("audit-person"), .value(model.person), Attribute("placeholder", text(.auditFilterPersonHint)),
                          .autocomplete("off"))
                }
                label {
                    text(.auditFilterActor)
                    input(.type("text"), .name("actor"), .id("audit-actor"), .value(model.actor), Attribute("placeholder", text(.auditFilterPersonHint)),
                          .autocomplete("off"))
                }
                label {
                    text(.auditFilterKind)
                    select(.name("kind"), .id("audit-kind")) {
                        option(.value("")) { text(.auditFilterAnyKind) }
                        for kind in AuditKind.allCases.sorted(by: { text.name(of: $0) < text.name(of: $1) }) {
                            if kind == query.kind {
                                option(.value(kind.rawValue), .selected) { text.name(of: kind) }
                            } else {
                                option(.value(kind.rawValue)) { text.name(of: kind) }
                            }
                        }
                    }
                }
                label {
                    text(.auditFilterFrom)
                    input(.type("date"), .name("from"), .id("audit-from"), .value(model.from))
                }
                label {
                    text(.auditFilterTo)
                    input(.type("date"), .name("to"), .id("audit-to"), .value(model.to))
                }
                button(.type("submit"), .id("audit-submit")) { text(.auditFilterSubmit) }
                a(.href("/admin/audit"), .id("audit-clear")) { text(.auditFilterClear) }
            }
            p(.id("audit-count")) {
                if report.total == 0 {
                    text(.auditNoEvents)
                } else {
                    text(.auditShowing, ["first": String(query.offset + 1), "last": String(query.offset + report.events.count),
                                         "total": String(report.total)])
                }
                " · "
                a(.href("/admin/audit.csv" + link(query, offset: nil, calendar: model.calendar)), .id("audit-csv")) { text(.auditDownloadCSV) }
                " · "
                a(.href("/admin/audit.json" + link(query, offset: nil, calendar: model.calendar)), .id("audit-json")) { text(.auditDownloadJSON) }
            }
            if !report.events.isEmpty {
                div(.class("table-wrap")) {
                    table(.id("audit-events"), .class("stacked")) {
                        caption(.class("visually-hidden")) { text(.auditTitle) }
                        thead {
                            tr {
                                th(.scope("col")) { text(.auditColumnWhen) }
                                th(.scope("col")) { text(.auditColumnActor) }
                                th(.scope("col")) { text(.auditColumnWhat) }
                                th(.scope("col")) { text(.auditColumnPerson) }
                                th(.scope("col")) { text(.auditColumnChanges) }
                            }
                        }
                        tbody {
                            for event in report.events {
                                tr {
                                    td(.class("num")) { event.occurredAt.formatted(when) }
                                    td(.data("label", text(.auditColumnActor))) {
                                        personLink(event.actorID, filter: "actor", report: report)
                                            ?? .text(event.kind == AuditKind.signIn.rawValue ? text(.auditNoActorSignIn) : text(.auditNoActor))
                                    }
                                    td(.data("label", text(.auditColumnWhat))) { "\(text.auditKind(event.kind)): \(text.auditAction(event.action))" }
                                    td(.data("label", text(.auditColumnPerson))) { personLink(event.subjectID, filter: "person", report: report) ?? .text("—") }
                                    td { AuditChangeList.render(event.changes, names: report.names, text: text, when: when) }
                                }
                            }
                        }
                    }
                }
            }
            if query.offset > 0 || query.offset + report.events.count < report.total {
                nav(.class("actions"), .aria("label", text(.auditFiltersCaption))) {
                    if query.offset > 0 {
                        a(.href("/admin/audit" + link(query, offset: max(0, query.offset - query.limit), calendar: model.calendar)), .class("button secondary"), .id("audit-newer")) {
                            text(.auditNewer)
                        }
                    }
                    if query.offset + report.events.count < report.total {
                        a(.href("/admin/audit" + link(query, offset: query.offset + query.limit, calendar: model.calendar)), .class("button secondary"), .id("audit-older")) {
                            text(.auditOlder)
                        }
                    }
                }
            }
        }
    }

    /// A person's name, linking to their events in the log.
    static func personLink(_ id: Person.ID?, filter: String, report: AuditLogReport) -> Node? {
        guard let id, let name = report.name(of: id) else { return nil }
        return a(.href("/admin/audit?\(filter)=\(id)")) { name }
    }

    /// The query string that asks for these filters again, at `offset`.
    static func link(_ query: AuditQuery, offset: Int?, calendar: WeekCalendar) -> String {
        var items: [URLQueryItem] = []
        if let person = query.person { items.append(.init(name: "person", value: person.description)) }
        if let actor = query.actor { items.append(.init(name: "actor", value: actor.description)) }
        if let kind = query.kind { items.append(.init(name: "kind", value: kind.rawValue)) }
        if let from = query.from { items.append(.init(name: "from", value: FormDate.string(from, in: calendar))) }
        if let before = query.before { items.append(.init(name: "to", value: FormDate.string(before.addingTimeInterval(-1), in: calendar))) }
        if let offset, offset > 0 { items.append(.init(name: "offset", value: String(offset))) }
        var components = URLComponents()
        components.queryItems = items
        return items.isEmpty ? "" : "?" + (components.percentEncodedQuery ?? "")
    }
}
