import Foundation
import KeelCharts
import SalesDomain

/// The coaching page (SPEC §4, "men sen då?"): for a manager, their sellers most overdue first
/// with the rhythm, the open next steps and the session the diagnosis suggests, one click from
/// planning it; for leaders, compliance, load and balance per team and coach — never what was said.
enum CoachingPage {
    struct Model: Sendable {
        var overview: CoachingOverview
        var choices: AnalysisScopeChoices
        var scopeName: String
        /// Whether the viewer has a live calendar link, and whether they just revoked it.
        var calendarLinkLive = false
        var calendarRevoked = false
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let overview = model.overview
        let numbers = ChartNumberFormat(languageTag: text.language.rawValue)
        let title = text(.coachingTitle, ["scope": model.scopeName])
        // A seller reading their own coaching opens the page for their sessions and next steps,
        // not for the rhythm tallies a manager steers by.
        let ownSeller: Person.ID? = if case .person(let id) = overview.scope, id == context.viewer?.id, overview.person != nil { id } else { nil }
        return Layout.page(title: title, context: context) {
            h1(.id("coaching-title")) { title }
            p(.class("meta")) {
                if ownSeller != nil {
                    text(.coachingIntroSeller)
                } else {
                    text(.coachingIntro)
                    if overview.viewerCoaches { " " + text(.coachingIntroCoach) }
                }
            }
            ScopeFilter.render(
                action: "/coaching", id: "coaching-filter", choices: model.choices, current: overview.scope, period: .months(overview.months),
                context: context)
            p(.class("meta"), .id("coaching-rule")) {
                text(.coachingRule, [
                    "minimum": String(overview.policy.minimumPerMonth), "maximum": String(overview.policy.maximumPerMonth),
                    "days": String(overview.policy.maximumDaysBetween), "from": text.month(overview.months.lowerBound),
                    "to": text.month(overview.months.upperBound), "current": text.month(overview.currentMonth),
                ])
            }
            DecidedNote.render(overview.keptAt, sellers: overview.sellerCount, id: "coaching-decided", context: context)
            if let ownSeller, let coaching = overview.person {
                person(coaching, overview: overview, seller: ownSeller, context: context)
            } else {
                rhythm(overview, context: context, numbers: numbers)
            }
            calendarCard(model, context: context)
        }
    }

    /// The scope's rhythm: the summary, then a manager's sellers (and, for one seller, their
    /// sessions and next steps) or leadership's teams, coaches and overdue sellers.
    static func rhythm(_ overview: CoachingOverview, context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        return fragment {
            summary(overview, context: context, numbers: numbers)
            if case .person(let id) = overview.scope, let coaching = overview.person {
                person(coaching, overview: overview, seller: id, context: context)
            }
            if overview.sellerCount == 0 {
                p(.class("notice"), .id("coaching-empty")) { text(.diagnosisNoSellers) }
            } else if overview.viewerCoaches {
                sellers(overview, rows: overview.sellers, context: context)
                if !overview.coaches.isEmpty { coaches(overview, context: context, numbers: numbers) }
            } else {
                // Leadership reads the rhythm by team and coach; of the sellers, only those who wait too long.
                if overview.teams.count > 1 { teams(overview, context: context, numbers: numbers) }
                if !overview.coaches.isEmpty { coaches(overview, context: context, numbers: numbers) }
                sellers(overview, rows: overview.sellers.filter(\.cadence.overdue), context: context)
            }
        }
    }

    /// The viewer's own calendar link: create (shown once) or revoke.
    static func calendarCard(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        return section(.class("card"), .id("calendar-card")) {
            h2 { text(.calendarCardTitle) }
            if model.calendarRevoked { p(.class("notice"), .id("calendar-revoked")) { text(.calendarRevokedNotice) } }
            p(.class("meta")) { text(.calendarCardIntro) + " " + (model.calendarLinkLive ? text(.calendarLive) : text(.calendarNone)) }
            div(.class("actions")) {
                form(.method("post"), .action("/calendar-feed"), .class("inline")) {
                    Layout.csrfField(context)
                    button(.type("submit"), .id("calendar-create")) { text(.calendarCreate) }
                }
                if model.calendarLinkLive {
                    form(.method("post"), .action("/calendar-feed/revoke"), .class("inline")) {
                        Layout.csrfField(context)
                        button(.type("submit"), .class("secondary"), .id("calendar-revoke")) { text(.calendarRevoke) }
                    }
                }
            }
        }
    }

    static func summary(_ overview: CoachingOverview, context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        let total = overview.total
        return section(.class("card"), .id("coaching-summary")) {
            h2 { text(.coachingSummaryTitle) }
            dl(.class("facts")) {
                dt { text(.coachingCompliance) }
                dd(.id("coaching-compliance")) { CoachingNames.share(total.compliance, numbers: numbers, text: text) }
                dt { text(.coachingOverdueSellers) }
                dd(.id("coaching-overdue")) { text(.coachingOfSellers, ["count": String(total.overdueSellers), "sellers": String(total.sellers)]) }
                dt { text(.coachingFollowUp) }
                dd(.id("coaching-follow-up")) { CoachingNames.share(total.followUp, numbers: numbers, text: text) }
                dt { text(.coachingAreasUntouched) }
                dd(.id("coaching-untouched")) {
                    overview.areasUntouched.isEmpty ? text(.coachingEveryAreaTouched)
                        : overview.areasUntouched.map { $0.text(in: text.language) }.joined(separator: ", ")
                }
            }
            p(.class("meta")) { text(.coachingSummaryCaption) }
        }
    }

    static func sellers(_ overview: CoachingOverview, rows: [CoachingOverview.Seller], context: PageContext) -> Node {
        let text = context.text
        return section(.id("coaching-sellers")) {
            if overview.viewerCoaches {
                h2 { text(.coachingYourSellers) }
                p(.class("meta")) { text(.coachingSellersCaption) }
            } else {
                h2 { text(.coachingOverdueTitle) }
                p(.class("meta")) {
                    text(.coachingOverdueCaption, [
                        "days": String(overview.policy.maximumDaysBetween), "count": String(overview.total.overdueSellers),
                        "sellers": String(overview.total.sellers),
                    ])
                }
            }
            // Overdue sellers come first, so a leader's pages of them are the first pages of all.
            let listed = overview.viewerCoaches ? overview.sellerCount : overview.total.overdueSellers
            if !rows.isEmpty, rows.count < listed {
                p(.class("meta"), .id("coaching-sellers-range")) {
                    text(.coachingSellersRange, [
                        "from": String(overview.page.offset + 1), "to": String(overview.page.offset + rows.count), "total": String(listed),
                    ])
                }
            }
            if rows.isEmpty {
                p(.id("coaching-nobody-overdue")) { text(.coachingNobodyOverdue) }
            } else {
                sellersTable(overview, rows: rows, context: context)
            }
            PagingLinks.render(
                name: "coaching-sellers", label: text(.coachingYourSellers), offset: overview.page.offset, shown: rows.count, total: listed,
                limit: overview.page.limit, text: text,
                href: { start in
                    let limitPart = overview.page.limit == ListPage.pageSize ? "" : "&limit=\(overview.page.limit)"
                    return "/coaching?scope=\(overview.scope)&from=\(overview.months.lowerBound)&to=\(overview.months.upperBound)&offset=\(start)\(limitPart)#coaching-sellers"
                })
        }
    }

    static func sellersTable(_ overview: CoachingOverview, rows: [CoachingOverview.Seller], context: PageContext) -> Node {
        let text = context.text
        return fragment {
            // Stacked into one card per seller on a phone: the plan link stays on screen.
            div(.class("table-wrap sticky-first")) {
                table(.class("stacked")) {
                    thead {
                        tr {
                            th(.scope("col")) { text(.columnSeller) }
                            th(.scope("col")) { text(.coachingColumnLast) }
                            th(.scope("col"), .class("num")) { text(.coachingColumnThisMonth) }
                            th(.scope("col"), .class("num")) { text(.coachingColumnCompliantMonths) }
                            th(.scope("col"), .class("num")) { text(.coachingColumnOpenSteps) }
                            th(.scope("col")) { text(.coachingColumnNext) }
                            if overview.viewerCoaches { th(.scope("col")) { text(.coachingColumnSuggestion) } } else { th(.scope("col")) { text(.coachingColumnCoach) } }
                        }
                    }
                    tbody {
                        for seller in rows {
                            sellerRow(seller, overview: overview, context: context)
                        }
                    }
                }
            }
        }
    }

    static func sellerRow(_ seller: CoachingOverview.Seller, overview: CoachingOverview, context: PageContext) -> Node {
        let text = context.text
        let cadence = seller.cadence
        return tr(.id("coaching-seller-\(seller.id)"), .class(cadence.overdue ? "overdue" : "")) {
            th(.scope("row")) {
                if overview.viewerCoaches {
                    a(.href("/coaching?scope=person:\(seller.id)")) { seller.name }
                } else {
                    seller.name
                }
            }
            td(.data("label", text(.coachingColumnLast))) {
                if let last = cadence.lastCompleted {
                    FormDate.string(last, in: context.calendar)
                    if let type = seller.lastSessionType { " · " + CoachingNames.type(type, text: text) }
                    br()
                    span(.class(cadence.overdue ? "chip-overdue" : "meta")) { CoachingNames.daysAgo(cadence.daysSinceLast ?? 0, text: text) }
                } else {
                    span(.class("chip-overdue")) { text(.coachingNeverCoached) }
                }
            }
            td(.class("num"), .data("label", text(.coachingColumnThisMonth))) {
                text(.coachingOfPolicy, ["count": String(cadence.completedThisMonth), "minimum": String(overview.policy.minimumPerMonth)])
            }
            td(.class("num"), .data("label", text(.coachingColumnCompliantMonths))) { "\(cadence.compliantMonths)/\(cadence.measuredMonths)" }
            td(.class("num"), .data("label", text(.coachingColumnOpenSteps))) {
                String(cadence.openItems)
                if cadence.overdueItems > 0 { " " + text(.coachingOverdueItems, ["count": String(cadence.overdueItems)]) }
            }
            td(.class("date"), .data("label", text(.coachingColumnNext))) {
                if let next = cadence.nextPlanned {
                    if let id = seller.nextSessionID, overview.viewerCoaches || context.viewer?.id == seller.id {
                        a(.href("/coaching/sessions/\(id)")) { FormDate.string(next, in: context.calendar) }
                    } else {
                        FormDate.string(next, in: context.calendar)
                    }
                } else {
                    span(.class("meta")) { text(.coachingNothingPlanned) }
                }
            }
            if overview.viewerCoaches {
                td(.class("suggestion"), .data("label", text(.coachingColumnSuggestion))) {
                    if let suggestion = seller.suggestion {
                        strong { CoachingNames.type(suggestion.type, text: text) }
                        if let focus = suggestion.focus { " — " + CoachingNames.focus(focus, names: overview.focusNames, text: text) }
                        br()
                        span(.class("meta")) { CoachingNames.reason(suggestion.reason, text: text) }
                        br()
                        a(.href(planLink(seller: seller.id, suggestion: suggestion)), .class("button-link"), .id("plan-\(seller.id)")) {
                            text(.coachingPlanSuggested)
                        }
                    } else {
                        span(.class("meta")) { text(.coachingNoSuggestion) }
                        br()
                        a(.href("/coaching/sessions/new?seller=\(seller.id)"), .class("button-link"), .id("plan-\(seller.id)")) { text(.coachingPlan) }
                    }
                }
            } else {
                td(.data("label", text(.coachingColumnCoach))) { seller.coachName ?? "—" }
            }
        }
    }

    /// Sessions and hours per seller per month, with the sessions they rest on.
    static func load(_ row: CadenceReport.CoachRow, numbers: ChartNumberFormat, text: Localizer) -> String {
        guard let sessions = row.sessionsPerSellerPerMonth, let hours = row.hoursPerSellerPerMonth else { return "—" }
        return text(.coachingLoad, ["sessions": numbers.number(sessions), "hours": numbers.number(hours), "total": String(row.sessions)])
    }

    static func planLink(seller: Person.ID, suggestion: CoachingSuggestion) -> String {
        var link = "/coaching/sessions/new?seller=\(seller)&type=\(suggestion.type.rawValue)&suggested=1"
        if let focus = suggestion.focus { link += "&focus=\(focus.kind.rawValue):\(focus.reference)" }
        return link
    }

    static func teams(_ overview: CoachingOverview, context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        return section(.id("coaching-teams")) {
            h2 { text(.coachingTeamsTitle) }
            p(.class("meta")) { text(.coachingTeamsCaption) }
            div(.class("table-wrap sticky-first")) {
                table(.class("stacked")) {
                    thead {
                        tr {
                            th(.scope("col")) { text(.columnName) }
                            th(.scope("col"), .class("num")) { text(.startColumnSellers) }
                            th(.scope("col"), .class("num")) { text(.coachingCompliance) }
                            th(.scope("col"), .class("num")) { text(.coachingOverdueSellers) }
                            th(.scope("col"), .class("num")) { text(.coachingFollowUp) }
                        }
                    }
                    tbody {
                        for team in overview.teams {
                            tr(.id("coaching-team-\(team.id)")) {
                                th(.scope("row")) { a(.href("/coaching?scope=team:\(team.id)")) { team.name } }
                                td(.class("num"), .data("label", text(.startColumnSellers))) { String(team.tally.sellers) }
                                td(.class("num"), .data("label", text(.coachingCompliance))) { CoachingNames.share(team.tally.compliance, numbers: numbers, text: text) }
                                td(.class("num"), .data("label", text(.coachingOverdueSellers))) { String(team.tally.overdueSellers) }
                                td(.class("num"), .data("label", text(.coachingFollowUp))) { CoachingNames.share(team.tally.followUp, numbers: numbers, text: text) }
                            }
                        }
                    }
                }
            }
        }
    }

    static func coaches(_ overview: CoachingOverview, context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        return section(.id("coaching-coaches")) {
            h2 { text(.coachingCoachesTitle) }
            p(.class("meta")) { text(.coachingCoachesCaption) }
            div(.class("table-wrap sticky-first")) {
                table(.class("stacked")) {
                    thead {
                        tr {
                            th(.scope("col")) { text(.coachingColumnCoach) }
                            th(.scope("col"), .class("num")) { text(.startColumnSellers) }
                            th(.scope("col"), .class("num")) { text(.coachingCompliance) }
                            th(.scope("col"), .class("num")) { text(.coachingColumnLoad) }
                            th(.scope("col")) { text(.coachingColumnBalance) }
                            th(.scope("col")) { text(.coachingColumnNeverUsed) }
                            th(.scope("col"), .class("num")) { text(.coachingFollowUp) }
                        }
                    }
                    tbody {
                        for coach in overview.coaches {
                            let row = coach.row
                            tr(.id("coaching-coach-\(row.coachID)")) {
                                th(.scope("row")) { coach.name }
                                td(.class("num"), .data("label", text(.startColumnSellers))) { String(row.sellers) }
                                td(.class("num"), .data("label", text(.coachingCompliance))) { CoachingNames.share(row.compliance, numbers: numbers, text: text) }
                                td(.class("num"), .data("label", text(.coachingColumnLoad))) { load(row, numbers: numbers, text: text) }
                                td(.data("label", text(.coachingColumnBalance))) {
                                    CoachingSessionType.allCases.filter { (row.sessionsByType[$0] ?? 0) > 0 }
                                        .map { "\(CoachingNames.type($0, text: text)) \(row.sessionsByType[$0] ?? 0)" }.joined(separator: ", ")
                                }
                                td(.class(row.typesNeverUsed.isEmpty ? "" : "never-used"), .data("label", text(.coachingColumnNeverUsed))) {
                                    row.typesNeverUsed.isEmpty ? "—" : row.typesNeverUsed.map { CoachingNames.type($0, text: text) }.joined(separator: ", ")
                                }
                                td(.class("num"), .data("label", text(.coachingFollowUp))) { CoachingNames.share(row.followUp, numbers: numbers, text: text) }
                            }
                        }
                    }
                }
            }
        }
    }
}
