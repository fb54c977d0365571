import Foundation
import KeelCharts
import SalesDomain

/// The start page (SPEC "Where to act"): what needs attention first, for the viewer's scope —
/// leadership's teams and markets ranked, a manager's sellers side by side, a seller's own
/// picture in the language of development with this week's work.
enum StartPage {
    struct Model: Sendable {
        var report: WhereToAct
        var choices: AnalysisScopeChoices
        var scopeName: String
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let numbers = ChartNumberFormat(languageTag: text.language.rawValue)
        let overview = model.report.diagnosis
        return Layout.page(title: text(.startTitle, ["scope": model.scopeName]), context: context) {
            h1(.id("start-title")) { text(.startTitle, ["scope": model.scopeName]) }
            switch overview.scope {
            case .person:
                p(.class("meta")) { text(.startIntroSeller) }
            case .team:
                p(.class("meta")) { text(.startIntroManager) }
            case .market, .organization:
                p(.class("meta")) { text(.startIntroLeader) }
            }
            ScopeFilter.render(action: "/", id: "start-filter", choices: model.choices, current: overview.scope, weeks: overview.weeks, context: context)
            p(.class("meta"), .id("start-period")) {
                text(.startPeriod, ["weeks": text.weeks(overview.weeks)])
                " "
                a(.href("/diagnosis?scope=\(overview.scope)&from=\(overview.weeks.lowerBound)&to=\(overview.weeks.upperBound)"), .id("start-diagnosis-link")) {
                    text(.startOpenDiagnosis)
                }
            }
            if let viewer = context.viewer, Digest.audience(of: viewer) != nil {
                p(.class("meta"), .id("start-digest")) { a(.href("/digest"), .id("start-digest-link")) { text(.digestStartLink) } }
            }
            DiagnosisPage.decided(overview, context: context)
            if overview.basis == nil { p(.class("notice")) { text(.diagnosisNoCycle) } }
            switch overview.scope {
            case .person(let id):
                sellerView(model.report, person: id, context: context, numbers: numbers)
                goalsAndWins(context: context)
            case .team:
                if let coaching = model.report.coaching { rhythm(coaching, scope: overview.scope, context: context, numbers: numbers) }
                if let team = model.report.teamPractice { teamPractice(team, context: context) }
                if let tile = model.report.impact { impact(tile, context: context, numbers: numbers) }
                sellersTable(model.report, context: context, numbers: numbers)
                goalsAndWins(context: context)
                if !overview.report.findings.isEmpty { DiagnosisPage.findings(overview, context: context, numbers: numbers) }
                if model.report.teams.count > 1 { groupsTable(model.report.teams, id: "start-teams", title: text(.startTeamsTitle), overview: overview, context: context, numbers: numbers) }
                DiagnosisPage.changes(overview, context: context)
            case .market, .organization:
                if let coaching = model.report.coaching { rhythm(coaching, scope: overview.scope, context: context, numbers: numbers) }
                if let tile = model.report.impact { impact(tile, context: context, numbers: numbers) }
                if !overview.report.findings.isEmpty { DiagnosisPage.findings(overview, context: context, numbers: numbers) }
                if !model.report.markets.isEmpty {
                    groupsTable(model.report.markets, id: "start-markets", title: text(.startMarketsTitle), overview: overview, context: context, numbers: numbers)
                }
                groupsTable(model.report.teams, id: "start-teams", title: text(.startTeamsTitle), overview: overview, context: context, numbers: numbers)
                cycles(model.report.openCycles, context: context)
                goalsAndWins(context: context)
                DiagnosisPage.changes(overview, context: context)
            }
        }
    }

    /// Where goals and wins are: the goal tree and the team feed, one click each.
    static func goalsAndWins(context: PageContext) -> Node {
        let text = context.text
        return section(.class("card"), .id("start-goals")) {
            h2 { text(.startGoalsTitle) }
            p(.class("meta")) { text(.startGoalsIntro) }
            div(.class("actions")) {
                a(.href("/goals"), .id("start-open-goals")) { text(.startOpenGoals) }
                a(.href("/wins"), .id("start-open-wins")) { text(.startOpenWins) }
            }
        }
    }

    /// A seller's open next steps from coaching, overdue ones marked, each one click from done,
    /// and their next session.
    static func commitments(_ coaching: CoachingGlance, person: Person.ID, context: PageContext) -> Node {
        let text = context.text
        let today = coaching.today
        return section(.class("card"), .id("start-commitments")) {
            h2 { text(.startCommitmentsTitle) }
            if let next = coaching.nextSession {
                p(.id("start-next-session")) {
                    a(.href("/coaching/sessions/\(next.id)")) {
                        text(.startNextSession, [
                            "date": FormDate.string(next.scheduledAt, in: context.calendar), "type": CoachingNames.type(next.type, text: text),
                        ])
                    }
                }
            } else {
                p(.class("meta"), .id("start-next-session")) { text(.startNoNextSession) }
            }
            if coaching.commitments.isEmpty { p(.class("meta")) { text(.startNoCommitments) } }
            CommitmentList.render(
                coaching.commitments, seller: person, viewerCoaches: false, today: today, names: coaching.names, focusNames: coaching.focusNames,
                returnTo: "/", context: context)
            p { a(.href("/coaching"), .id("start-own-coaching")) { text(.startOpenCoaching) } }
        }
    }

    /// A team's practice in a line, and the sellers whose practice needs the manager — overdue
    /// items or role-plays waiting for a score — most first, each one click from their plan.
    static func teamPractice(_ team: PracticeTeamScreen, context: PageContext) -> Node {
        let text = context.text
        let needing = team.rows.filter { $0.overdue > 0 || $0.awaitingObservation > 0 }
            .sorted { ($0.overdue + $0.awaitingObservation, $1.name) > ($1.overdue + $1.awaitingObservation, $0.name) }
        let shown = 5
        return section(.class("card"), .id("start-team-practice")) {
            h2 { text(.startTeamPracticeTitle) }
            p(.class("meta")) { PracticeNames.teamCounts(team, text: text) }
            if !needing.isEmpty {
                p(.class("meta")) { text(.startTeamPracticeNeeding, ["count": String(needing.count)]) }
                ul(.class("plan")) {
                    for row in needing.prefix(shown) {
                        li(.id("start-team-practice-\(row.personID)")) {
                            a(.href("/practice/people/\(row.personID)")) { row.name }
                            " "
                            span(.class("meta")) {
                                text(.startTeamPracticeSeller, ["overdue": String(row.overdue), "toScore": String(row.awaitingObservation)])
                            }
                        }
                    }
                    if needing.count > shown {
                        li(.class("meta")) { text(.startTeamPracticeMore, ["count": String(needing.count - shown)]) }
                    }
                }
            }
            a(.href("/practice?scope=\(team.scope)"), .id("start-open-team-practice")) { text(.startTeamPracticeOpen) }
        }
    }

    /// A seller's practice due this week, overdue first, each one click from doing it, and the habit in one line.
    static func practice(_ plan: PracticePlanScreen, context: PageContext) -> Node {
        let text = context.text
        let language = text.language
        return section(.class("card"), .id("start-practice")) {
            h2 { text(.startPracticeTitle) }
            p(.class("meta"), .id("start-practice-habit")) {
                text(.startPracticeFacts, [
                    "done": String(plan.repetitionsThisWeek), "target": String(plan.policy.weeklyTarget), "weeks": String(plan.streakWeeks),
                ])
            }
            if plan.due.isEmpty { p(.class("meta")) { text(.startPracticeNone) } }
            ul(.class("plan")) {
                for entry in plan.due {
                    li(.id("start-practice-\(entry.entry.id)"), .class(entry.status == .overdue ? "overdue" : "")) {
                        a(.href("/practice/entries/\(entry.entry.id)")) { entry.item.title.text(in: language) }
                        br()
                        span(.class("meta")) {
                            PracticeNames.kind(entry.item.kind, text: text) + " · " + entry.competencyName.text(in: language) + " · "
                                + text(.practiceMinutes, ["minutes": String(entry.item.minutes)]) + " · " + entry.entry.repetition.due.description
                            if entry.status == .overdue { " "; span(.class("chip-overdue")) { text(.practiceStatusOverdue) } }
                        }
                    }
                }
            }
            a(.href("/practice/people/\(plan.personID)"), .id("start-open-practice")) { text(.startPracticeOpen) }
        }
    }

    /// The scope's coaching rhythm in one line, with the kinds of coaching nobody used.
    static func rhythm(_ coaching: CoachingGlance, scope: AnalysisScope, context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        let total = coaching.total
        return section(.class("card"), .id("start-coaching")) {
            h2 { text(.startCoachingTitle) }
            p {
                text(.startCoachingFacts, [
                    "compliance": CoachingNames.share(total.compliance, numbers: numbers, text: text),
                    "overdue": text(.coachingOfSellers, ["count": String(total.overdueSellers), "sellers": String(total.sellers)]),
                    "followUp": CoachingNames.share(total.followUp, numbers: numbers, text: text),
                    "from": text.month(coaching.months.lowerBound), "to": text.month(coaching.months.upperBound),
                ])
            }
            if !coaching.typesNeverUsed.isEmpty {
                p(.class("meta"), .id("start-never-used")) {
                    text(.startNeverUsed, ["types": coaching.typesNeverUsed.map { CoachingNames.type($0, text: text) }.joined(separator: ", ")])
                }
            }
            a(.href("/coaching?scope=\(scope)"), .id("start-open-coaching")) { text(.startOpenCoaching) }
        }
    }

    static func rate(_ rate: ExecutionRate, numbers: ChartNumberFormat) -> String {
        rate.rate.map { "\(numbers.percent($0)) (\(rate.planned))" } ?? "—"
    }

    static func gap(_ gap: Double?, numbers: ChartNumberFormat) -> String {
        guard let gap else { return "—" }
        return (gap > 0.005 ? "+" : "") + numbers.number(gap)
    }

    static func share(_ part: Int, of whole: Int, numbers: ChartNumberFormat) -> String {
        whole == 0 ? "—" : "\(numbers.percent(Double(part) / Double(whole))) (\(whole))"
    }

    /// The verdicts that ask for something, as chips with their counts.
    static func attentionChips(_ counts: [AreaVerdict: Int], text: Localizer) -> Node {
        fragment {
            for verdict in [AreaVerdict.developmentNeed, .executionGap, .competenceGap, .obstructed] where counts[verdict, default: 0] > 0 {
                span(.class("chip-count")) {
                    DiagnosisPage.chip(verdict, text: text)
                    " × \(counts[verdict, default: 0])"
                }
            }
        }
    }

    static func sellersTable(_ report: WhereToAct, context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        let overview = report.diagnosis
        return section(.id("start-sellers")) {
            h2 { text(.startSellersTitle) }
            p(.class("meta")) { text(.startSellersCaption) }
            if report.sellers.isEmpty { p { text(.diagnosisNoSellers) } }
            if !report.sellers.isEmpty, report.sellers.count < overview.whole.sellers {
                p(.class("meta"), .id("start-sellers-range")) {
                    text(.diagnosisSellersRange, [
                        "from": String(overview.page.offset + 1), "to": String(overview.page.offset + report.sellers.count),
                        "total": String(overview.whole.sellers),
                    ])
                }
            }
            div(.class("table-wrap sticky-first")) {
                table(.class("stacked")) {
                    thead {
                        tr {
                            th(.scope("col")) { text(.columnSeller) }
                            th(.scope("col")) { text(.startColumnAttention) }
                            th(.scope("col"), .class("num")) { text(.startColumnGap) }
                            th(.scope("col"), .class("num")) { text(.startColumnExecution) }
                            th(.scope("col"), .class("num")) { text(.startColumnStalled) }
                            th(.scope("col"), .class("num")) { text(.startColumnUnreviewed) }
                            th(.scope("col"), .class("num")) { text(.startColumnExcuseProne) }
                            if !report.suggestions.isEmpty { th(.scope("col")) { text(.coachingColumnSuggestion) } }
                        }
                    }
                    tbody {
                        for seller in report.sellers {
                            tr(.id("start-seller-\(seller.personID)")) {
                                th(.scope("row")) { a(.href(DiagnosisPage.personLink(seller.personID, overview: overview))) { seller.name } }
                                td(.data("label", text(.startColumnAttention))) {
                                    let counts = seller.verdicts.reduce(into: [AreaVerdict: Int]()) { $0[$1, default: 0] += 1 }
                                    if seller.areasNeedingAttention == 0 && counts[.obstructed, default: 0] == 0 {
                                        span(.class("meta")) { text(.startNothingUrgent) }
                                    }
                                    attentionChips(counts, text: text)
                                }
                                td(.class("num"), .data("label", text(.startColumnGap))) { gap(seller.competenceGap, numbers: numbers) }
                                td(.class("num"), .data("label", text(.startColumnExecution))) { rate(seller.execution, numbers: numbers) }
                                td(.class("num"), .data("label", text(.startColumnStalled))) { String(seller.stalledDeals) }
                                td(.class("num"), .data("label", text(.startColumnUnreviewed))) { unreviewed(seller, overview: overview) }
                                td(.class("num"), .data("label", text(.startColumnExcuseProne))) { share(seller.excuseProne, of: seller.postponements, numbers: numbers) }
                                if !report.suggestions.isEmpty { suggestionCell(report, seller: seller.personID, context: context) }
                            }
                        }
                    }
                }
            }
            DiagnosisPage.paging(overview, shown: report.sellers.count, path: "/", anchor: "start-sellers", context: context)
        }
    }

    /// A seller's postponements of the period still to review, opening the review list of
    /// exactly those: the seller's team page narrowed to them, the period's weeks, unreviewed.
    static func unreviewed(_ seller: SellerSummary, overview: DiagnosisOverview) -> Node {
        guard seller.unreviewed > 0, let team = seller.teamID else { return .text(String(seller.unreviewed)) }
        let weeks = overview.weeks
        return a(
            .href("/teams/\(team)?person=\(seller.personID)&status=unreviewed&from=\(weeks.lowerBound)&to=\(weeks.upperBound)#postponements"),
            .id("start-unreviewed-\(seller.personID)")
        ) { String(seller.unreviewed) }
    }

    /// The session the diagnosis points to, one click from planning it.
    static func suggestionCell(_ report: WhereToAct, seller: Person.ID, context: PageContext) -> Node {
        let text = context.text
        return td(.class("suggestion"), .data("label", text(.coachingColumnSuggestion))) {
            if let suggestion = report.suggestions[seller] {
                CoachingNames.type(suggestion.type, text: text)
                if let focus = suggestion.focus, let names = report.coaching?.focusNames {
                    span(.class("meta")) { " — " + CoachingNames.focus(focus, names: names, text: text) }
                }
                br()
                a(.href(CoachingPage.planLink(seller: seller, suggestion: suggestion)), .class("button-link"), .id("start-plan-\(seller)")) {
                    text(.coachingPlanSuggested)
                }
            } else {
                a(.href("/coaching/sessions/new?seller=\(seller)"), .class("button-link"), .id("start-plan-\(seller)")) { text(.coachingPlan) }
            }
        }
    }

    static func groupsTable(
        _ groups: [GroupAttention], id: String, title: String, overview: DiagnosisOverview, context: PageContext, numbers: ChartNumberFormat
    ) -> Node {
        let text = context.text
        return section(.id(id)) {
            h2 { title }
            p(.class("meta")) { text(.startGroupsCaption) }
            div(.class("table-wrap sticky-first")) {
                table(.class("stacked")) {
                    thead {
                        tr {
                            th(.scope("col")) { text(.columnName) }
                            th(.scope("col"), .class("num")) { text(.startColumnSellers) }
                            th(.scope("col"), .class("num")) { text(.startColumnAttentionShare) }
                            th(.scope("col")) { text(.startColumnAttention) }
                            th(.scope("col"), .class("num")) { text(.startColumnExecution) }
                            th(.scope("col"), .class("num")) { text(.startColumnGap) }
                            th(.scope("col"), .class("num")) { text(.startColumnStalled) }
                            th(.scope("col"), .class("num")) { text(.startColumnExcuseProne) }
                        }
                    }
                    tbody {
                        for group in groups {
                            tr(.id("start-group-\(group.scope.description.replacingOccurrences(of: ":", with: "-"))")) {
                                th(.scope("row")) {
                                    a(.href("/?scope=\(group.scope)&from=\(overview.weeks.lowerBound)&to=\(overview.weeks.upperBound)")) {
                                        DiagnosisPage.groupName(group.name, scope: group.scope, text: text)
                                    }
                                }
                                td(.class("num"), .data("label", text(.startColumnSellers))) { String(group.sellers) }
                                td(.class("num"), .data("label", text(.startColumnAttentionShare))) { share(group.areasNeedingAttention, of: group.verdicts, numbers: numbers) }
                                td(.data("label", text(.startColumnAttention))) { attentionChips(group.distribution, text: text) }
                                td(.class("num"), .data("label", text(.startColumnExecution))) { rate(group.execution, numbers: numbers) }
                                td(.class("num"), .data("label", text(.startColumnGap))) {
                                    gap(group.competenceGap, numbers: numbers) + (group.competenceGap == nil ? "" : " (\(group.assessedSellers))")
                                }
                                td(.class("num"), .data("label", text(.startColumnStalled))) { String(group.stalledDeals) }
                                td(.class("num"), .data("label", text(.startColumnExcuseProne))) { share(group.excuseProne, of: group.postponements, numbers: numbers) }
                            }
                        }
                    }
                }
            }
        }
    }

    static func cycles(_ cycles: [WhereToAct.OpenCycle], context: PageContext) -> Node {
        let text = context.text
        return section(.class("card"), .id("start-cycles")) {
            h2 { text(.startCyclesTitle) }
            if cycles.isEmpty { p { text(.startNoOpenCycle) } }
            ul(.class("plan")) {
                for cycle in cycles {
                    li {
                        a(.href("/competence")) { cycle.name }
                        " — " + text(.startCycleFacts, ["participants": String(cycle.participants), "opened": FormDate.string(cycle.opened, in: context.calendar)])
                    }
                }
            }
        }
    }

    static func sellerView(_ report: WhereToAct, person: Person.ID, context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        let overview = report.diagnosis
        let diagnosis = overview.report.seller(person)
        let areas = diagnosis?.areas ?? []
        let strengths = areas.filter { $0.verdict == .strength }
        let toWorkOn = areas.enumerated()
            .filter { [.developmentNeed, .executionGap, .competenceGap].contains($0.element.verdict) }
            .sorted { ($0.element.verdict.attentionRank, $0.element.competence.gap ?? 0, $0.offset) < ($1.element.verdict.attentionRank, $1.element.competence.gap ?? 0, $1.offset) }
            .prefix(2).map(\.element)
        func name(_ key: String) -> String { overview.area(key)?.name.text(in: text.language) ?? key }
        return fragment {
            div(.class("panels")) {
                section(.class("card"), .id("start-strengths")) {
                    h2 { text(.startStrengthsTitle) }
                    if strengths.isEmpty { p(.class("meta")) { text(.startNoStrengthsYet) } }
                    ul(.class("plan")) {
                        for area in strengths {
                            li { a(.href(DiagnosisPage.personLink(person, overview: overview, area: area.areaKey))) { name(area.areaKey) } }
                        }
                    }
                }
                section(.class("card"), .id("start-work-on")) {
                    h2 { text(.startWorkOnTitle) }
                    if toWorkOn.isEmpty { p(.class("meta")) { text(.startNothingToWorkOn) } }
                    ul(.class("plan")) {
                        for area in toWorkOn {
                            li {
                                strong { name(area.areaKey) }
                                p(.class("meta")) { DiagnosisPage.advice(area.verdict, text: text) }
                                p(.class("meta")) { why(area, text: text, numbers: numbers) }
                                a(.href(DiagnosisPage.personLink(person, overview: overview, area: area.areaKey))) { text(.startSeeEvidence) }
                            }
                        }
                    }
                }
            }
            if let coaching = report.coaching { commitments(coaching, person: person, context: context) }
            if let practice = report.practice { self.practice(practice, context: context) }
            div(.class("panels")) {
                section(.class("card"), .id("start-due")) {
                    h2 { text(.startDueTitle) }
                    if report.dueThisWeek.isEmpty { p(.class("meta")) { text(.startNothingDue) } }
                    ul(.class("plan")) {
                        for activity in report.dueThisWeek {
                            li { FormDate.string(activity.plannedDate, in: context.calendar) + " · " + context.text.activityType(activity.type) }
                        }
                    }
                    a(.href("/activities")) { text(.startOpenActivities) }
                }
                section(.class("card"), .id("start-stalled")) {
                    h2 { text(.startStalledTitle) }
                    if report.stalledDeals.isEmpty { p(.class("meta")) { text(.startNoStalledDeals) } }
                    ul(.class("plan")) {
                        for deal in report.stalledDeals {
                            li {
                                a(.href("/deals/\(deal.dealID)")) {
                                    text(.startStalledDeal, [
                                        "stage": DiagnosisPage.stageName(deal.stage, text: context.text), "days": String(deal.daysInStage),
                                        "usual": numbers.number(deal.thresholdDays, maximumFractionDigits: 0),
                                        "value": numbers.amount(deal.value, in: context.currency),
                                    ])
                                }
                            }
                        }
                    }
                    a(.href("/execution?scope=person:\(person)")) { text(.evidenceSeeActivities) }
                }
            }
        }
    }

    /// One sentence of evidence for an area to work on: the level against the target, and the
    /// share of its planned activities done on time.
    static func why(_ area: AreaDiagnosis, text: Localizer, numbers: ChartNumberFormat) -> String {
        var parts: [String] = []
        if let level = area.competence.level, let target = area.competence.target {
            parts.append(text(.startWhyLevel, ["level": numbers.number(level), "target": numbers.number(target)]))
        }
        if let rate = area.execution.activities.rate {
            parts.append(text(.startWhyExecution, [
                "done": String(area.execution.activities.doneOnTime), "planned": String(area.execution.activities.planned), "share": numbers.percent(rate),
            ]))
        }
        return parts.joined(separator: " ")
    }
}
