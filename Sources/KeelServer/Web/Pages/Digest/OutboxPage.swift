import Foundation
import SalesDomain

/// `/admin/outbox`: every e-mail waiting, failing or sent lately, so a relay that refuses mail
/// is seen — with the cause — before anyone asks where their digest went.
enum OutboxPage {
    static func render(_ report: OutboxReport, context: PageContext) -> Node {
        let text = context.text
        let when = Date.FormatStyle(date: .abbreviated, time: .shortened, locale: Locale(identifier: text.language.rawValue),
                                    timeZone: context.calendar.timeZone)
        let count = { (state: OutboxMessage.State) in String(report.counts[state] ?? 0) }
        return Layout.page(title: text(.outboxTitle), context: context) {
            h1 { text(.outboxTitle) }
            p(.class("subtitle")) { text(.outboxIntro) }
            if !report.configured {
                p(.class("notice"), .id("outbox-not-configured")) { text(.outboxNotConfigured) }
            }
            p(.id("outbox-counts")) {
                text(.outboxCounts, ["queued": count(.queued), "failing": count(.failing), "failed": count(.failed), "sent": count(.sent)])
            }
            if report.rows.isEmpty {
                p(.id("outbox-empty")) { text(.outboxEmpty) }
            } else {
                div(.class("table-wrap")) {
                    table(.id("outbox-messages"), .class("stacked")) {
                        caption(.class("visually-hidden")) { text(.outboxTitle) }
                        thead {
                            tr {
                                th(.scope("col")) { text(.outboxColumnRecipient) }
                                th(.scope("col")) { text(.outboxColumnWeek) }
                                th(.scope("col")) { text(.outboxColumnState) }
                                th(.scope("col")) { text(.outboxColumnAttempts) }
                                th(.scope("col")) { text(.outboxColumnWhen) }
                                th(.scope("col")) { text(.outboxColumnError) }
                            }
                        }
                        tbody {
                            for row in report.rows {
                                tr(.id("outbox-\(row.id)"), .class(row.state == .sent ? "" : "state-\(row.state.rawValue)")) {
                                    td(.data("label", text(.outboxColumnRecipient))) {
                                        a(.href("/people/\(row.personID)")) { row.name }
                                        span(.class("cell-facts")) { row.address }
                                    }
                                    td(.class("date"), .data("label", text(.outboxColumnWeek))) { text.weekNumber(row.week) + " " + String(row.week.year) }
                                    td(.data("label", text(.outboxColumnState))) { stateName(row.state, text: text) }
                                    td(.class("num"), .data("label", text(.outboxColumnAttempts))) { String(row.attempts) }
                                    td(.data("label", text(.outboxColumnWhen))) {
                                        if let sent = row.sentAt {
                                            text(.outboxSentAt, ["when": sent.formatted(when)])
                                        } else if let next = row.nextAttemptAt {
                                            text(.outboxNextAttempt, ["when": next.formatted(when)])
                                        } else {
                                            text(.outboxGivenUp)
                                        }
                                    }
                                    td(.data("label", text(.outboxColumnError))) { row.lastError ?? "—" }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func stateName(_ state: OutboxMessage.State, text: Localizer) -> String {
        switch state {
        case .queued: text(.outboxStateQueued)
        case .failing: text(.outboxStateFailing)
        case .failed: text(.outboxStateFailed)
        case .sent: text(.outboxStateSent)
        }
    }
}
