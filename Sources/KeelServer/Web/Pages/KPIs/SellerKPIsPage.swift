import Foundation
import KeelCharts
import SalesDomain

/// `/people/{id}/kpis`: one seller's coachable KPIs against their targets, recent weeks against
/// the weeks before, each with its weekly trend, and beside them the results the work brought in
/// — which the page says are followed, not coached. The seller's coach sets targets here; the
/// seller or the coach enters the weekly values no CRM records.
enum SellerKPIsPage {
    struct Model: Sendable {
        var report: SellerKPIReport
        var isOwn: Bool
        /// The weeks a value may be entered for, newest first.
        var entryWeeks: [ISOWeek]
        var notice: String?
        var errors: [FieldError] = []
        var values: [String: String] = [:]
    }

    /// Each form's KPI choice by its own name, so a problem with it is shown at the form that sent it.
    static let targetKPIField = "target-kpi"
    static let entryKPIField = "entry-kpi"

    /// A field's message after its control, which points at it; the id is the field's name.
    static func fieldError(_ field: String, problems: FormProblems) -> Node {
        guard let message = problems.message(for: field) else { return fragment {} }
        return p(.class("field-error"), .id("error-\(field)")) { message }
    }

    /// A control marked invalid and pointing at its message when its field failed.
    static func control(_ name: String, field: String, attributes: [Attribute], problems: FormProblems) -> [Attribute] {
        let invalid: [Attribute] = problems.message(for: field) == nil ? [] : [Attribute("aria-invalid", "true"), .aria("describedby", "error-\(field)")]
        return [.name(name), .id(field)] + attributes + invalid
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let words = KPIWords(text: text)
        let report = model.report
        let title = model.isOwn ? text(.kpiMyTitle) : text(.kpiTitle, ["name": report.person.name])
        let problems = FormProblems(model.errors, text: text)
        return Layout.page(title: title, context: context) {
            h1(.id("kpi-title")) { title }
            p(.class("meta")) { text(.kpiIntro) }
            p(.class("meta"), .id("kpi-weeks")) {
                text(.kpiWeeksNote, [
                    "count": String(SellerKPIReport.recentWeekCount), "recent": text.weeks(report.recentWeeks),
                    "before": text.weeks(report.beforeWeeks), "weeks": String(SellerKPIReport.trendWeeks), "all": text.weeks(report.weeks),
                ])
            }
            if let notice = model.notice { p(.class("notice"), .id("kpi-notice")) { notice } }
            if !model.errors.isEmpty {
                FormErrorSummary.render(problems, labels: [
                    targetKPIField: text(.kpiFieldKPI), entryKPIField: text(.kpiFieldKPI), "target": text(.kpiFieldTarget),
                    "week": text(.kpiFieldWeek), "value": text(.kpiFieldValue),
                ], context: context)
            }
            behaviours(model, words: words, context: context)
            outcomes(report, words: words, context: context)
            if report.viewerSetsTargets { targetForm(model, words: words, problems: problems, context: context) }
            if report.viewerEnters { entryForm(model, words: words, problems: problems, context: context) }
        }
    }

    static func behaviours(_ model: Model, words: KPIWords, context: PageContext) -> Node {
        let text = context.text
        let report = model.report
        return section(.class("card"), .id("kpi-behaviours")) {
            h2 { text(.kpiBehavioursTitle) }
            div(.class("table-wrap")) {
                table(.class("stacked"), .id("kpi-behaviour-table")) {
                    thead { tr {
                        th { text(.kpiColumnKPI) }; th(.class("num")) { text(.kpiColumnRecent) }; th(.class("num")) { text(.kpiColumnBefore) }
                        th(.class("num")) { text(.kpiColumnTarget) }; th { text(.kpiColumnStatus) }; th { text(.kpiColumnBasis) }
                    } }
                    tbody {
                        for row in report.behaviours {
                            tr(.id("kpi-\(row.kpi.key)")) {
                                td {
                                    strong { words.name(row.kpi) }
                                    if row.kpi.measure.isEntered { br(); span(.class("meta")) { text(.kpiEnteredMark) } }
                                }
                                td(.class("num"), .data("label", text(.kpiColumnRecent))) { words.value(row.kpi, row.recent.value) }
                                td(.class("num"), .data("label", text(.kpiColumnBefore))) { words.value(row.kpi, row.before.value) }
                                td(.class("num"), .data("label", text(.kpiColumnTarget))) {
                                    words.value(row.kpi, row.target)
                                    br()
                                    span(.class("meta")) {
                                        if let own = row.ownTarget {
                                            text(.kpiTargetOwn, ["name": own.setBy.flatMap { report.names[$0] } ?? "–", "date": context.calendar.day(containing: own.setAt).description])
                                        } else {
                                            text(.kpiTargetDefault)
                                        }
                                    }
                                }
                                td(.data("label", text(.kpiColumnStatus))) {
                                    span(.class("kpi-status kpi-\(row.status.rawValue)")) { words.status(row.status) }
                                }
                                td(.data("label", text(.kpiColumnBasis))) { row.recent.denominator > 0 ? words.basis(row.kpi, row.recent) : "—" }
                            }
                        }
                    }
                }
            }
            if report.viewerSetsTargets, report.behaviours.contains(where: { $0.status == .notMet }) {
                p(.id("kpi-next-step")) {
                    text(.kpiNextStep)
                    " "
                    a(.href("/coaching/sessions/new?seller=\(report.person.id)&type=follow_up"), .id("kpi-plan-follow-up")) { text(.kpiPlanFollowUp) }
                }
            }
            for row in report.behaviours {
                // The trends of behaviours below target are open: they are what a coach looks at first.
                element("details", [.class("kpi-trend"), .id("kpi-trend-\(row.kpi.key)")] + (row.status == .notMet ? [Attribute("open", nil)] : [])) {
                    element("summary", []) { text(.kpiTrendSummary) + ": " + words.name(row.kpi) }
                    Node.trusted(trendChart(row, report: report, words: words, context: context).render())
                }
            }
        }
    }

    static func trendChart(_ row: SellerKPIReport.Behaviour, report: SellerKPIReport, words: KPIWords, context: PageContext) -> LineChart {
        let text = context.text
        let name = words.name(row.kpi)
        return LineChart(
            xLabels: context.text.weekAxisLabels(row.weekly.map(\.week)),
            keptXLabels: context.text.weekAxisYearStarts(row.weekly.map(\.week)),
            series: [
                LineSeries(name: name, values: row.weekly.map(\.figure.value)),
                LineSeries(name: text(.kpiColumnTarget), values: row.weekly.map { _ in row.target }),
            ],
            valueStyle: row.kpi.measure.isShare ? .percent : .number(maximumFractionDigits: 1),
            text: ChartText(title: text(.kpiTrendTitle, ["name": name]), noData: text(.kpiTrendNoData), missingValue: text(.kpiTrendMissing)),
            numberFormat: words.numbers)
    }

    static func outcomes(_ report: SellerKPIReport, words: KPIWords, context: PageContext) -> Node {
        let text = context.text
        let numbers = words.numbers
        func row(_ id: String, _ name: String, recent: String, all: String, basis: String) -> Node {
            tr(.id(id)) {
                td { strong { name } }
                td(.class("num"), .data("label", text(.kpiColumnRecent))) { recent }
                td(.class("num"), .data("label", text(.kpiOutcomeWindow, ["weeks": String(SellerKPIReport.trendWeeks)]))) { all }
                td(.data("label", text(.kpiOutcomeBasis, ["weeks": String(SellerKPIReport.trendWeeks)]))) { basis }
            }
        }
        let results = report.outcomes.results
        let recentResults = report.recentOutcomes.results
        func winRate(_ results: DealResults) -> String { results.winRate.map { numbers.percent($0) } ?? "—" }
        func cycle(_ results: DealResults) -> String {
            results.medianCycleDays.map { text(.kpiOutcomeDays, ["days": numbers.number($0, maximumFractionDigits: 0)]) } ?? "—"
        }
        func money(_ value: Decimal) -> String { numbers.amount(value, in: context.currency) }
        return section(.class("card"), .id("kpi-outcomes")) {
            h2 { text(.kpiOutcomesTitle) }
            p(.class("meta")) { text(.kpiOutcomesNote) }
            div(.class("table-wrap")) {
                table(.class("stacked"), .id("kpi-outcome-table")) {
                    thead { tr {
                        th { text(.kpiColumnKPI) }; th(.class("num")) { text(.kpiColumnRecent) }
                        th(.class("num")) { text(.kpiOutcomeWindow, ["weeks": String(SellerKPIReport.trendWeeks)]) }
                        th { text(.kpiOutcomeBasis, ["weeks": String(SellerKPIReport.trendWeeks)]) }
                    } }
                    tbody {
                        row("kpi-outcome-won", text(.kpiOutcomeWon), recent: numbers.integer(report.recentOutcomes.won), all: numbers.integer(report.outcomes.won),
                            basis: text(.kpiOutcomeWinRateBasis, ["won": String(results.won), "closed": String(results.won + results.lost)]))
                        row("kpi-outcome-value", text(.kpiOutcomeWonValue), recent: money(report.recentOutcomes.wonValue), all: money(report.outcomes.wonValue),
                            basis: text(.kpiOutcomeWinRateBasis, ["won": String(results.won), "closed": String(results.won + results.lost)]))
                        row("kpi-outcome-win-rate", text(.kpiOutcomeWinRate), recent: winRate(recentResults), all: winRate(results),
                            basis: text(.kpiOutcomeWinRateBasis, ["won": String(results.won), "closed": String(results.won + results.lost)]))
                        row("kpi-outcome-cycle", text(.kpiOutcomeCycle), recent: cycle(recentResults), all: cycle(results),
                            basis: results.wonCycleFromCreation > 0
                                ? text(.kpiOutcomeCycleBasisCreation, ["count": String(results.wonWithCycle), "created": String(results.wonCycleFromCreation)])
                                : text(.kpiOutcomeCycleBasis, ["count": String(results.wonWithCycle)]))
                    }
                }
            }
            element("details", [.class("kpi-trend"), .id("kpi-trend-won")]) {
                element("summary", []) { text(.kpiTrendSummary) + ": " + text(.kpiOutcomeWon) }
                Node.trusted(LineChart(
                    xLabels: context.text.weekAxisLabels(report.outcomes.weekly.map(\.week)),
                    keptXLabels: context.text.weekAxisYearStarts(report.outcomes.weekly.map(\.week)),
                    series: [LineSeries(name: text(.kpiOutcomeWon), values: report.outcomes.weekly.map { Double($0.won) })],
                    valueStyle: .number(maximumFractionDigits: 0),
                    text: ChartText(title: text(.kpiWonPerWeekTitle), noData: text(.kpiTrendNoData), missingValue: text(.kpiTrendMissing)),
                    numberFormat: numbers
                ).render())
            }
        }
    }

    static func targetForm(_ model: Model, words: KPIWords, problems: FormProblems, context: PageContext) -> Node {
        let text = context.text
        let person = model.report.person.id
        return section(.class("card"), .id("kpi-target-form")) {
            h2 { text(.kpiTargetFormTitle) }
            p(.class("meta")) { text(.kpiTargetFormIntro) }
            form(.method("post"), .action("/people/\(person)/kpis/target"), .class("row")) {
                Layout.csrfField(context)
                label(.for(targetKPIField)) {
                    text(.kpiFieldKPI)
                    element("select", control("kpi", field: targetKPIField, attributes: [], problems: problems)) {
                        for row in model.report.behaviours {
                            element("option", [.value(row.kpi.key)] + (model.values["kpi"] == row.kpi.key ? [.selected] : [])) { words.name(row.kpi) }
                        }
                    }
                }
                label(.for("target")) {
                    text(.kpiFieldTarget)
                    Node.voidElement("input", [.type("text")] + control("target", field: "target", attributes: [
                        Attribute("inputmode", "decimal"), .value(model.values["target"] ?? ""), .class("short"),
                    ], problems: problems))
                }
                button(.type("submit"), .id("kpi-save-target")) { text(.kpiSaveTarget) }
                fieldError(targetKPIField, problems: problems)
                fieldError("target", problems: problems)
            }
        }
    }

    static func entryForm(_ model: Model, words: KPIWords, problems: FormProblems, context: PageContext) -> Node {
        let text = context.text
        let person = model.report.person.id
        let entered = model.report.behaviours.filter { $0.kpi.measure.isEntered }
        return section(.class("card"), .id("kpi-entry-form")) {
            h2 { text(.kpiEntryFormTitle) }
            p(.class("meta")) { text(.kpiEntryFormIntro) }
            form(.method("post"), .action("/people/\(person)/kpis/entries"), .class("row")) {
                Layout.csrfField(context)
                label(.for(entryKPIField)) {
                    text(.kpiFieldKPI)
                    element("select", control("kpi", field: entryKPIField, attributes: [], problems: problems)) {
                        for row in entered {
                            element("option", [.value(row.kpi.key)] + (model.values["kpi"] == row.kpi.key ? [.selected] : [])) { words.name(row.kpi) }
                        }
                    }
                }
                label(.for("week")) {
                    text(.kpiFieldWeek)
                    element("select", control("week", field: "week", attributes: [], problems: problems)) {
                        for week in model.entryWeeks { element("option", [.value(week.description)] + (model.values["week"] == week.description ? [.selected] : [])) { week.description } }
                    }
                }
                label(.for("value")) {
                    text(.kpiFieldValue)
                    Node.voidElement("input", [.type("text")] + control("value", field: "value", attributes: [
                        Attribute("inputmode", "decimal"), .value(model.values["value"] ?? ""), .class("short"),
                    ], problems: problems))
                }
                button(.type("submit"), .id("kpi-save-entry")) { text(.kpiSaveEntry) }
                fieldError(entryKPIField, problems: problems)
                fieldError("week", problems: problems)
                fieldError("value", problems: problems)
            }
        }
    }
}
