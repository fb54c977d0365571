import Foundation
import KeelCharts
import SalesDomain

/// `/deals/{id}`: one deal — what it is worth and whose it is, every stage it has been in and
/// for how long, whether it stands still now, and the owner's activities on it — with the next
/// step: deal coaching with the owner, or the owner's execution page.
enum DealPage {
    struct Model: Sendable {
        var screen: DealScreen
        /// Whether the viewer coaches the owner, and so may plan a session with them.
        var viewerCoachesOwner: Bool
        /// Whether the viewer owns the deal: the next step is then theirs, not a talk with themselves.
        var viewerOwnsDeal: Bool = false
    }

    static func name(_ screen: DealScreen, text: Localizer) -> String {
        screen.label.name ?? text.stage(screen.deal.stage)
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let screen = model.screen
        let title = text(.dealTitle, ["name": name(screen, text: text)])
        return Layout.page(title: title, context: context) {
            h1(.id("deal-title")) { title }
            p(.class("meta")) { text(.dealIntro) }
            facts(model, context: context)
            nextStep(model, context: context)
            stages(screen, context: context)
            activities(screen, context: context)
        }
    }

    static func outcome(_ outcome: DealOutcome, text: Localizer) -> String {
        switch outcome {
        case .open: text(.dealOutcomeOpen)
        case .won: text(.dealOutcomeWon)
        case .lost: text(.dealOutcomeLost)
        }
    }

    static func day(_ date: Date?, context: PageContext) -> String {
        date.map { context.calendar.day(containing: $0).description } ?? "—"
    }

    static func facts(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let screen = model.screen
        let deal = screen.deal
        let numbers = ChartNumberFormat(languageTag: text.language.rawValue)
        return section(.class("card"), .id("deal-facts")) {
            h2 { text(.dealFactsTitle) }
            dl(.class("facts")) {
                dt { text(.dealAccount) }; dd(.id("deal-account")) { screen.label.accountName ?? "—" }
                dt { text(.dealProduct) }; dd(.id("deal-product")) { screen.productName ?? "—" }
                dt { text(.dealOwner) }; dd(.id("deal-owner")) { a(.href("/people/\(screen.owner.id)")) { screen.owner.name } }
                dt { text(.dealValue) }
                dd(.id("deal-value")) { numbers.amount(deal.value, in: context.currency) }
                dt { text(.dealCreated) }; dd(.id("deal-created")) { day(deal.createdAt, context: context) }
                dt { text(.dealEngaged) }; dd(.id("deal-engaged")) { day(deal.engagedAt, context: context) }
                dt { text(.dealClosed) }; dd(.id("deal-closed")) { day(deal.closedAt, context: context) }
                dt { text(.dealOutcome) }; dd(.id("deal-outcome")) { outcome(deal.outcome, text: text) }
                if let cycle = screen.salesCycle {
                    dt { text(.dealSalesCycle) }
                    dd(.id("deal-cycle")) {
                        text(cycle.start == .creation ? .dealSalesCycleFromCreation : .dealSalesCycleFromEngagement, ["days": numbers.integer(cycle.days)])
                    }
                }
                if let current = screen.currentStage {
                    dt { text(.dealStageNow) }
                    dd(.id("deal-stage")) { text(.dealStageNowDays, ["stage": text.stage(current.stage), "days": numbers.integer(current.days)]) }
                }
            }
            p(.id("deal-stall")) { stallSentence(screen, text: text, numbers: numbers) }
        }
    }

    static func stallSentence(_ screen: DealScreen, text: Localizer, numbers: ChartNumberFormat) -> String {
        guard screen.deal.outcome == .open else { return text(.dealClosedNotJudged) }
        guard let stall = screen.stall else { return text(.dealNoHistory) }
        guard let bar = stall.barDays else { return text(.dealUnjudged) }
        let values = [
            "days": numbers.integer(stall.daysInStage), "bar": numbers.number(bar, maximumFractionDigits: 1),
            "basis": stall.basis == .team ? text(.stallBasisTeam) : text(.stallBasisOrganization),
        ]
        return stall.isStalled ? text(.dealStalled, values) : text(.dealNotStalled, values)
    }

    static func nextStep(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let owner = model.screen.owner
        let closed = model.screen.deal.outcome != .open
        return p(.class("actions"), .id("deal-next-step")) {
            if closed {
                text(.dealClosedNoNextStep, ["outcome": outcome(model.screen.deal.outcome, text: text).lowercased()])
            } else {
                model.viewerOwnsDeal ? text(.dealNextStepOwn) : text(.dealNextStep, ["name": owner.name])
            }
            " "
            if model.viewerCoachesOwner, model.screen.deal.outcome == .open {
                a(.href("/coaching/sessions/new?seller=\(owner.id)&type=\(CoachingSessionType.deal.rawValue)"), .class("button-link"), .id("deal-plan-coaching")) {
                    text(.dealPlanCoaching)
                }
                " "
            }
            a(.href("/execution?scope=\(AnalysisScope.person(owner.id).description)#stalled"), .id("deal-execution")) {
                model.viewerOwnsDeal ? text(.dealOpenOwnExecution) : text(.dealOpenExecution, ["name": owner.name])
            }
        }
    }

    static func stages(_ screen: DealScreen, context: PageContext) -> Node {
        let text = context.text
        let numbers = ChartNumberFormat(languageTag: text.language.rawValue)
        return section(.class("card"), .id("deal-stages")) {
            h2 { text(.dealStagesTitle) }
            p(.class("meta")) { text(.dealStagesIntro) }
            if screen.stages.isEmpty, screen.close == nil {
                p(.id("deal-stages-none")) { text(.dealNoHistory) }
            } else {
                div(.class("table-wrap")) {
                    table(.class("stacked"), .id("deal-stage-table")) {
                        thead { tr {
                            th(Attribute("scope", "col")) { text(.columnStage) }
                            th(Attribute("scope", "col")) { text(.dealColumnEntered) }
                            th(Attribute("scope", "col")) { text(.dealColumnLeft) }
                            th(.class("num"), Attribute("scope", "col")) { text(.dealColumnDays) }
                        } }
                        tbody {
                            for step in screen.stages {
                                tr {
                                    td(.data("label", text(.columnStage))) { text.stage(step.stage) }
                                    td(.class("date"), .data("label", text(.dealColumnEntered))) { day(step.enteredAt, context: context) }
                                    td(.class("date"), .data("label", text(.dealColumnLeft))) {
                                        step.leftAt.map { day($0, context: context) } ?? text(.dealStillHere)
                                    }
                                    td(.class("num"), .data("label", text(.dealColumnDays))) { numbers.integer(step.days) }
                                }
                            }
                            // The close ends the last stay: a row of its own, so the history ends where the deal did.
                            // The recorded close is dated by the CRM file, also for a deal first seen closed.
                            if screen.deal.outcome != .open, let closedAt = screen.close?.closedAt ?? screen.deal.closedAt {
                                tr(.id("deal-stage-outcome")) {
                                    td(.data("label", text(.columnStage))) { strong { outcome(screen.deal.outcome, text: text) } }
                                    td(.class("date"), .data("label", text(.dealColumnEntered))) { day(closedAt, context: context) }
                                    td(.class("date"), .data("label", text(.dealColumnLeft))) { "—" }
                                    td(.class("num"), .data("label", text(.dealColumnDays))) { "—" }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func state(_ state: DealActivity.State, text: Localizer) -> String {
        switch state {
        case .done: text(.dealStateDone)
        case .overdue: text(.dealStateOverdue)
        case .postponed: text(.dealStatePostponed)
        case .planned: text(.dealStatePlanned)
        }
    }

    static func activities(_ screen: DealScreen, context: PageContext) -> Node {
        let text = context.text
        let numbers = ChartNumberFormat(languageTag: text.language.rawValue)
        return section(.class("card"), .id("deal-activities")) {
            h2 { text(.dealActivitiesTitle) }
            p(.class("meta")) { text(.dealActivitiesIntro, ["name": screen.owner.name]) }
            if screen.activities.isEmpty {
                p(.id("deal-activities-none")) { text(.dealActivitiesNone) }
            } else {
                if screen.activityTotal > screen.activities.count {
                    p(.class("meta"), .id("deal-activities-shown")) {
                        text(.dealActivitiesShown, ["shown": numbers.integer(screen.activities.count), "total": numbers.integer(screen.activityTotal)])
                    }
                }
                div(.class("table-wrap")) {
                    table(.class("stacked"), .id("deal-activity-table")) {
                        thead { tr {
                            th(Attribute("scope", "col")) { text(.dealColumnType) }
                            th(Attribute("scope", "col")) { text(.dealColumnPlanned) }
                            th(Attribute("scope", "col")) { text(.dealColumnDone) }
                            th(Attribute("scope", "col")) { text(.dealColumnState) }
                            th(.class("num"), Attribute("scope", "col")) { text(.dealColumnMoved) }
                        } }
                        tbody {
                            for entry in screen.activities {
                                tr {
                                    td(.data("label", text(.dealColumnType))) { text.activityType(entry.activity.type) }
                                    td(.class("date"), .data("label", text(.dealColumnPlanned))) { day(entry.activity.plannedDate, context: context) }
                                    td(.class("date"), .data("label", text(.dealColumnDone))) { day(entry.activity.doneDate, context: context) }
                                    td(.data("label", text(.dealColumnState))) { state(entry.state, text: text) }
                                    td(.class("num"), .data("label", text(.dealColumnMoved))) { numbers.integer(entry.postponements) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
