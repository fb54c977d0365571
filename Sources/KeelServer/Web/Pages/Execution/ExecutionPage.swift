import Foundation
import KeelCharts
import KeelStore
import SalesDomain

/// The "can but don't" page (SPEC §2): time allocation, execution rate, what is dropped under
/// pressure, where deals lose momentum, win rate and cycle, and reasons — for one person,
/// team, market or the organization, with charts a manager can read on a phone.
enum ExecutionPage {
    /// More stalled deals than this are counted, not listed: the top of the list is what a
    /// manager acts on this week.
    static let stalledListLimit = 25

    struct Model: Sendable {
        var scope: AnalysisScope
        var scopeName: String
        var choices: AnalysisScopeChoices
        var weeks: ClosedRange<ISOWeek>
        var months: ClosedRange<CalendarMonth>
        var rules: WorkCategoryRules
        var catalog: ReasonCatalog
        var pressurePolicy: PressurePolicy
        var allocation: TimeAllocationReport
        var rate: ExecutionRateReport
        var pressure: PressureReport
        var momentum: DealMomentum
        var stalled: StallOverview
        var ownerNames: [Person.ID: String]
        var results: DealResults
        var reasons: ReasonReport
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let numbers = ChartNumberFormat(languageTag: text.language.rawValue)
        return Layout.page(title: text(.executionTitle, ["scope": model.scopeName]), context: context) {
            h1(.id("execution-title")) { text(.executionTitle, ["scope": model.scopeName]) }
            p(.class("meta")) { text(.executionIntro) }
            selector(model, context: context)
            p(.class("meta"), .id("execution-period")) {
                text(.executionPeriod, [
                    "weeks": text.weeks(model.weeks),
                    "monthFrom": text.month(model.months.lowerBound), "monthTo": text.month(model.months.upperBound),
                ])
            }
            div(.class("panels")) {
                allocationSection(model, context: context, numbers: numbers)
                rateSection(model, context: context, numbers: numbers)
                pressureSection(model, context: context, numbers: numbers)
                resultsSection(model, context: context, numbers: numbers)
            }
            momentumSection(model, context: context, numbers: numbers)
            reasonsSection(model, context: context)
        }
    }

    static func selector(_ model: Model, context: PageContext) -> Node {
        ScopeFilter.render(
            action: "/execution", id: "execution-filter", choices: model.choices, current: model.scope, weeks: model.weeks, context: context)
    }

    static func chartText(_ title: String, context: PageContext, summary: String? = nil) -> ChartText {
        ChartText(title: title, summary: summary, noData: context.text(.chartNoData), missingValue: context.text(.chartMissing))
    }

    static func categoryName(_ category: WorkCategory, context: PageContext) -> String {
        switch category {
        case .selling: context.text(.categorySelling)
        case .supporting: context.text(.categorySupporting)
        case .internal: context.text(.categoryInternal)
        }
    }

    static func allocationSection(_ model: Model, context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        let total = model.allocation.total
        func share(_ category: WorkCategory) -> String { total.share(of: category).map { numbers.percent($0) } ?? "—" }
        let summary = text(.allocationSummary, [
            "selling": share(.selling), "supporting": share(.supporting), "internal": share(.internal),
            "hours": numbers.number(Double(total.totalMinutes) / 60, maximumFractionDigits: 0),
        ])
        let weeks = model.allocation.weeks
        let labels = context.text.weekAxisLabels(weeks.map(\.week))
        let chart = StackedBarChart(
            categories: WorkCategory.allCases.map { categoryName($0, context: context) },
            bars: weeks.indices.map { index in
                StackedBar(
                    label: labels[index], values: WorkCategory.allCases.map { weeks[index].allocation.hours(in: $0) },
                    note: weeks[index].inProgress ? text(.allocationInProgress) : nil)
            },
            keptLabels: context.text.weekAxisYearStarts(weeks.map(\.week)),
            text: chartText(text(.allocationTitle), context: context, summary: summary), numberFormat: numbers)
        return section(.class("card"), .id("time-allocation")) {
            h2 { text(.allocationTitle) }
            p(.class("meta")) { text(.allocationIntro) }
            p(.id("allocation-summary")) { summary }
            if let running = weeks.first(where: \.inProgress) {
                p(.class("meta"), .id("allocation-in-progress")) { text(.allocationInProgressNote, ["week": text.week(running.week).capitalizedFirst]) }
            }
            Node.trusted(chart.render())
            allocationTable(model, context: context, numbers: numbers)
        }
    }

    /// Each week's hours beside its shares, so a week of one call is not read as a week of work.
    /// Past a quarter the weeks fold away behind their count: the chart above already draws
    /// them, and a year is 53 rows — 53 cards on a phone.
    static func allocationTable(_ model: Model, context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        let weeks = model.allocation.weeks
        let table = weeksTable(model, context: context, numbers: numbers)
        return fragment {
            h3(.id("allocation-weeks-title")) { text(.allocationWeeksCaption) }
            if weeks.count > WeekCalendar.defaultAnalysisWeekCount {
                element("details", [.id("allocation-weeks-folded")]) {
                    element("summary", []) { text(.allocationWeeksAll, ["count": String(weeks.count)]) }
                    table
                }
            } else {
                table
            }
        }
    }

    static func weeksTable(_ model: Model, context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        return fragment {
            div(.class("table-wrap")) {
                table(.class("stacked"), .id("allocation-weeks"), Attribute("aria-labelledby", "allocation-weeks-title")) {
                    thead {
                        tr {
                            th(Attribute("scope", "col")) { text(.columnWeek) }
                            th(.class("num"), Attribute("scope", "col")) { text(.columnHours) }
                            for category in WorkCategory.allCases {
                                th(.class("num"), Attribute("scope", "col")) { categoryName(category, context: context) }
                            }
                        }
                    }
                    tbody {
                        for week in model.allocation.weeks {
                            tr {
                                th(Attribute("scope", "row")) {
                                    text.week(week.week).capitalizedFirst
                                    if week.inProgress {
                                        " "
                                        span(.class("badge")) { text(.allocationInProgress) }
                                    }
                                }
                                td(.class("num"), .data("label", text(.columnHours))) { numbers.number(week.hours, maximumFractionDigits: 1) }
                                for category in WorkCategory.allCases {
                                    td(.class("num"), .data("label", categoryName(category, context: context))) {
                                        week.allocation.share(of: category).map { numbers.percent($0) } ?? "—"
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func rateSection(_ model: Model, context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        func row(_ label: String, _ rate: ExecutionRate) -> Node {
            tr {
                td(.data("label", text(.columnActivityType))) { label }
                td(.class("num"), .data("label", text(.columnPlanned))) { numbers.integer(rate.planned) }
                td(.class("num"), .data("label", text(.columnOnTime))) { numbers.integer(rate.doneOnTime) }
                td(.class("num"), .data("label", text(.columnRate))) { rate.rate.map { numbers.percent($0) } ?? "—" }
            }
        }
        return section(.class("card"), .id("execution-rate")) {
            h2 { text(.rateTitle) }
            p(.class("meta")) { text(.rateIntro) }
            div(.class("table-wrap")) {
                table(.class("stacked"), .id("rate-table")) {
                    thead {
                        tr {
                            th(Attribute("scope", "col")) { text(.columnActivityType) }
                            th(.class("num"), Attribute("scope", "col")) { text(.columnPlanned) }
                            th(.class("num"), Attribute("scope", "col")) { text(.columnOnTime) }
                            th(.class("num"), Attribute("scope", "col")) { text(.columnRate) }
                        }
                    }
                    tbody {
                        for (type, rate) in model.rate.byType.sorted(by: { $0.key < $1.key }) {
                            row(context.text.activityType(type), rate)
                        }
                        row(text(.rateOverall), model.rate.overall)
                    }
                }
            }
        }
    }

    static func pressureSection(_ model: Model, context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        let pressure = model.pressure
        let intro = text(.pressureIntro, [
            "threshold": numbers.number(model.pressurePolicy.highLoadThreshold, maximumFractionDigits: 2),
            "high": text.personWeeks(pressure.highLoadWeeks, formatted: numbers.integer(pressure.highLoadWeeks)),
            "normal": text.personWeeks(pressure.normalWeeks, formatted: numbers.integer(pressure.normalWeeks)),
        ])
        let shown = pressure.comparisons.filter(\.hasEnoughData)
        let chart = PressureChart(
            rows: shown.map {
                PressureRow(label: context.text.activityType($0.activityType), normalRate: $0.normal.rate, highLoadRate: $0.highLoad.rate)
            },
            text: chartText(text(.pressureTitle), context: context, summary: intro),
            phrases: PressureText(normalWeeks: text(.pressureNormal), highLoadWeeks: text(.pressureHigh), rise: text(.pressureRise)),
            numberFormat: numbers)
        return section(.class("card"), .id("pressure")) {
            h2 { text(.pressureTitle) }
            p(.class("meta")) { intro }
            p(.class("meta"), .id("pressure-minimum")) {
                text(.pressureMinimum, [
                    "weeks": numbers.integer(pressure.minimum.weeks), "planned": numbers.integer(pressure.minimum.plannedActivities),
                ])
            }
            if shown.isEmpty {
                if !pressure.comparisons.isEmpty { p(.id("pressure-none-shown")) { text(.pressureNoneShown) } }
            } else {
                Node.trusted(chart.render())
            }
            if !pressure.comparisons.isEmpty { pressureTable(model, context: context, numbers: numbers) }
        }
    }

    /// Every activity type's counts behind its two rates, and its difference or *not enough data*.
    static func pressureTable(_ model: Model, context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        /// "3 of 12" with the rate under it: the counts a rate rests on, narrow enough for a half-width card.
        func count(_ rate: PostponementRate) -> Node {
            fragment {
                text(.pressureCount, ["pushed": numbers.integer(rate.pushedOut), "planned": numbers.integer(rate.scheduled)])
                span(.class("cell-facts")) { rate.rate.map { numbers.percent($0) } ?? "—" }
            }
        }
        return fragment {
            h3(.id("pressure-table-title")) { text(.pressureTableCaption) }
            div(.class("table-wrap")) {
                table(.class("stacked"), .id("pressure-table"), Attribute("aria-labelledby", "pressure-table-title")) {
                    thead {
                        tr {
                            th(Attribute("scope", "col")) { text(.columnActivityType) }
                            th(.class("num"), Attribute("scope", "col")) { text(.pressureHigh) }
                            th(.class("num"), Attribute("scope", "col")) { text(.pressureNormal) }
                            th(.class("num"), Attribute("scope", "col")) { text(.columnDifference) }
                        }
                    }
                    tbody {
                        for comparison in model.pressure.comparisons {
                            tr {
                                td(.data("label", text(.columnActivityType))) { context.text.activityType(comparison.activityType) }
                                td(.class("num"), .data("label", text(.pressureHigh))) { count(comparison.highLoad) }
                                td(.class("num"), .data("label", text(.pressureNormal))) { count(comparison.normal) }
                                // Words wrap in a narrow card; only a number keeps to one line, right-aligned.
                                td(.class(comparison.hasEnoughData ? "num" : "wrap"), .data("label", text(.columnDifference))) {
                                    if let difference = comparison.shownDifference {
                                        text(.pressureRise, ["points": numbers.signedPoints(difference)])
                                    } else if comparison.hasEnoughData {
                                        "—"
                                    } else {
                                        span(.class("meta")) { text(.pressureNotEnoughData) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func resultsSection(_ model: Model, context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        let results = model.results
        return section(.class("card"), .id("deal-results")) {
            h2 { text(.resultsTitle) }
            if results.won + results.lost == 0 {
                p { text(.resultsNone) }
            } else {
                p(.id("win-rate")) {
                    text(.resultsSummary, [
                        "won": numbers.integer(results.won), "lost": numbers.integer(results.lost),
                        "rate": results.winRate.map { numbers.percent($0) } ?? "—",
                    ])
                }
                if let median = results.medianCycleDays {
                    p(.id("cycle")) {
                        text(.resultsCycle, ["days": numbers.number(median, maximumFractionDigits: 1), "count": numbers.integer(results.wonWithCycle)])
                        if results.wonCycleFromCreation > 0 {
                            " " + text(.resultsCycleFromCreation, ["count": numbers.integer(results.wonCycleFromCreation)])
                        }
                    }
                }
            }
        }
    }

    static func momentumSection(_ model: Model, context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        let stalledByStage = model.stalled.stalledByStage
        // The funnel ends with the deals closed in the period: most CRM exports first show a deal
        // already closed, so these are not the deals counted in the stages above.
        let chart = FunnelChart(
            stages: model.momentum.funnel.map { step in
                FunnelStage(
                    name: context.text.stage(step.stage), reached: step.reached, conversionRate: step.conversion?.rate,
                    medianDaysInStage: step.time.medianDays, finishedStays: step.time.completedDeals,
                    stalled: stalledByStage[step.stage] ?? 0)
            },
            outcomes: FunnelOutcomes(won: model.results.won, lost: model.results.lost),
            text: chartText(text(.funnelTitle), context: context),
            phrases: FunnelText(
                reached: text(.funnelReached), conversion: text(.funnelConversion), medianDays: text(.funnelMedian),
                stalled: text(.funnelStalled), wonName: text(.funnelWonName), won: text(.funnelWon),
                lostName: text(.funnelLostName), lost: text(.funnelLost), winRate: text(.funnelWinRate)),
            numberFormat: numbers)
        let listed = model.stalled.page
        return section(.class("card"), .id("momentum")) {
            h2 { text(.funnelTitle) }
            p(.class("meta"), .id("funnel-intro")) {
                text(.funnelIntro)
                " "
                if context.can(.configureRules) {
                    a(.href("/settings/analysis-rules#stage-order")) { text(.funnelOrderNote) }
                } else {
                    text(.funnelOrderNote)
                }
            }
            Node.trusted(chart.render())
            h3(.id("stalled")) { text(.stalledTitle) }
            p(.class("meta")) { text(.stalledIntro) }
            if model.stalled.total == 0 {
                p(.id("stalled-none")) { text(.stalledNone) }
            } else {
                // A position past the end (an old link after deals moved on) shows no rows, only the way back.
                if !listed.isEmpty {
                    p(.class("meta"), .id("stalled-count")) {
                        text(.stalledMore, [
                            "from": numbers.integer(model.stalled.offset + 1), "to": numbers.integer(model.stalled.offset + listed.count),
                            "total": numbers.integer(model.stalled.total),
                        ])
                        " "
                        text(.stalledOpenDeal)
                    }
                    stalledTable(model, context: context, numbers: numbers)
                }
                stalledPaging(model, context: context)
            }
        }
    }

    static func stalledTable(_ model: Model, context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        return div(.class("table-wrap")) {
            table(.class("stacked"), .id("stalled-deals")) {
                thead {
                    tr {
                        th(Attribute("scope", "col")) { text(.columnDeal) }
                        th(Attribute("scope", "col")) { text(.columnAccount) }
                        th(Attribute("scope", "col")) { text(.columnOwner) }
                        th(Attribute("scope", "col")) { text(.columnStage) }
                        th(.class("num"), Attribute("scope", "col")) { text(.columnDaysInStage) }
                        th(.class("num"), Attribute("scope", "col")) { text(.columnBar) }
                        th(.class("num"), Attribute("scope", "col")) { text(.columnDaysOver) }
                        th(.class("num"), Attribute("scope", "col")) { text(.dealValue) }
                    }
                }
                tbody {
                    for deal in model.stalled.page {
                        let label = model.stalled.labels[deal.dealID]
                        tr {
                            td(.data("label", text(.columnDeal))) {
                                a(.href("/deals/\(deal.dealID)")) { label?.name ?? context.text.stage(deal.stage) }
                            }
                            td(.data("label", text(.columnAccount))) { label?.accountName ?? "—" }
                            td(.data("label", text(.columnOwner))) { a(.href("/people/\(deal.ownerID)")) { model.ownerNames[deal.ownerID] ?? "—" } }
                            td(.data("label", text(.columnStage))) { context.text.stage(deal.stage) }
                            td(.class("num"), .data("label", text(.columnDaysInStage))) { numbers.integer(deal.daysInStage) }
                            td(.class("num"), .data("label", text(.columnBar))) { numbers.number(deal.thresholdDays, maximumFractionDigits: 1) }
                            td(.class("num"), .data("label", text(.columnDaysOver))) { numbers.number(deal.daysOver, maximumFractionDigits: 1) }
                            td(.class("num"), .data("label", text(.dealValue))) {
                                numbers.amount(deal.value, in: context.currency)
                            }
                        }
                    }
                }
            }
        }
    }

    /// Links to the previous and next page of the stalled list, keeping the scope and the weeks.
    static func stalledPaging(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        return PagingLinks.render(
            name: "stalled", label: text(.stalledTitle), offset: model.stalled.offset, shown: model.stalled.page.count,
            total: model.stalled.total, limit: stalledListLimit,
            text: text,
            href: { start in
                "/execution?scope=\(model.scope.description)&from=\(model.weeks.lowerBound.description)&to=\(model.weeks.upperBound.description)&stalledOffset=\(start)#stalled"
            })
    }

    static func reasonsSection(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let review = model.reasons.review
        let months = CalendarMonth.all(in: model.months)
        return section(.class("card"), .id("reasons")) {
            h2 { text(.reasonsTitle) }
            p(.class("meta")) {
                text(.reasonsIntro, ["from": text.month(model.months.lowerBound), "to": text.month(model.months.upperBound)])
            }
            if model.reasons.reasons.isEmpty {
                p { text(.reasonsNone) }
            } else {
                if let window = model.reasons.recurrenceWindow {
                    p(.class("meta"), .id("reasons-recurrence")) {
                        text(.reasonsRecurrence, [
                            "atLeast": String(model.reasons.recurrence.minimumPeriods),
                            "months": String(model.reasons.recurrence.windowPeriods),
                            "windowFrom": text.period(window.lowerBound), "windowTo": text.period(window.upperBound),
                        ])
                    }
                }
                p(.id("review-summary")) {
                    text(.reasonsReview, [
                        "verified": String(review.verifiedObstacles), "accepted": String(review.acceptedExcuses),
                        "unreviewed": String(review.unreviewed),
                    ])
                }
                div(.class("table-wrap")) {
                    table(.class("stacked"), .id("reason-table")) {
                        thead {
                            tr {
                                th(Attribute("scope", "col")) { text(.columnReason) }
                                th(Attribute("scope", "col")) { text(.columnKind) }
                                for month in months {
                                    th(.class("num"), Attribute("scope", "col")) { text.month(month) }
                                }
                                th(.class("num"), Attribute("scope", "col")) { text(.columnTimes) }
                                if model.reasons.reasons.contains(where: { $0.people != nil }) {
                                    th(.class("num"), Attribute("scope", "col")) { text(.columnPeople) }
                                }
                                th(.class("num"), Attribute("scope", "col")) { text(.columnRecurringPeople) }
                            }
                        }
                        tbody {
                            for reason in model.reasons.reasons {
                                tr {
                                    th(Attribute("scope", "row")) {
                                        model.catalog.reason(for: reason.reasonCode)?.name(in: text.language) ?? reason.reasonCode.rawValue
                                        if reason.isRecurring {
                                            " "
                                            span(.class("badge")) { text(.reasonRecurring) }
                                        }
                                    }
                                    td(.data("label", text(.columnKind))) {
                                        reason.reasonClass.map { $0 == .obstacle ? text(.classObstacle) : text(.classExcuseProne) } ?? "—"
                                    }
                                    for month in months {
                                        td(.class("num"), .data("label", text.month(month))) { String(reason.count(in: .month(month))) }
                                    }
                                    td(.class("num"), .data("label", text(.columnTimes))) { String(reason.total) }
                                    if let people = reason.people { td(.class("num"), .data("label", text(.columnPeople))) { String(people) } }
                                    td(.class("num"), .data("label", text(.columnRecurringPeople))) { String(reason.recurringPeople) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
