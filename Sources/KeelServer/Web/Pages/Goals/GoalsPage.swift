import KeelCharts
import SalesDomain

/// The goals page (SPEC §4, goal follow-up): the company's goals, the teams' beneath them and
/// individual goals beneath those, each with its progress and what it rests on — for the
/// viewer's reach, from the same ``GoalBoard`` as `GET /api/v1/goals`.
enum GoalsPage {
    struct Model: Sendable {
        var board: GoalBoard
        var notice: String?
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let numbers = ChartNumberFormat(languageTag: text.language.rawValue)
        return Layout.page(title: text(.goalsTitle), context: context) {
            h1(.id("goals-title")) { text(.goalsTitle) }
            p(.class("meta")) { text(.goalsIntro) }
            if let notice = model.notice { p(.class("notice"), .id("notice"), Attribute("role", "status")) { notice } }
            div(.class("actions")) {
                if !model.board.writableOwners.isEmpty {
                    a(.href("/goals/new"), .class("button"), .id("goals-add")) { text(.goalsAdd) }
                }
                a(.href("/wins"), .id("goals-open-wins")) { text(.goalsOpenWins) }
            }
            if model.board.entries.isEmpty {
                p(.class("card"), .id("goals-empty")) { model.board.writableOwners.isEmpty ? text(.goalsEmpty) : text(.goalsEmptyWriter) }
            } else {
                p(.class("meta"), .id("goals-count")) { text(.goalsCount, ["count": String(model.board.entries.count)]) }
                ul(.class("goal-tree"), .id("goals-tree")) {
                    for entry in model.board.entries {
                        goal(entry, context: context, numbers: numbers)
                    }
                }
            }
            section(.class("card"), .id("goals-rule")) {
                h2 { text(.goalsRuleTitle) }
                p { text(.goalsRule) }
            }
        }
    }

    static func goal(_ entry: GoalBoard.Entry, context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        let goal = entry.goal
        let percent = GoalNames.percent(entry.progress, numbers: numbers)
        return li(.class("card goal goal-depth-\(min(entry.depth, 3))"), .id("goal-\(goal.id)")) {
            div(.class("goal-head")) {
                strong(.class("goal-title")) { goal.title }
                " "
                span(.class("chip-count")) { GoalNames.owner(entry, text: text) }
            }
            p(.class("meta")) {
                text(.goalPeriod, ["start": goal.start.description, "due": goal.due.description])
                if goal.parentID != nil { " · " + text(.goalWeight, ["weight": numbers.number(goal.weight, maximumFractionDigits: 2)]) }
            }
            div(.class("goal-progress")) {
                element("progress", [
                    Attribute("max", "100"), Attribute("value", String(Int(((entry.progress.fraction ?? 0) * 100).rounded()))),
                    .aria("label", text(.goalProgressLabel) + " " + percent),
                ]) { percent }
                " "
                strong(.id("goal-percent-\(goal.id)")) { percent }
                " "
                span(.class("meta"), .id("goal-basis-\(goal.id)")) { GoalNames.basis(entry, currency: context.currency, numbers: numbers, text: text) }
            }
            if entry.canEnterValue || entry.canEdit {
                div(.class("actions")) {
                    if entry.canEnterValue {
                        form(.method("post"), .action("/goals/\(goal.id)/value"), .class("inline"), .id("goal-value-form-\(goal.id)")) {
                            Layout.csrfField(context)
                            label(.for("goal-value-\(goal.id)")) {
                                text(.goalValueLabel)
                                input(
                                    .type("text"), .id("goal-value-\(goal.id)"), .name("value"),
                                    .value(goal.latestValue.map { numbers.number($0, maximumFractionDigits: 2) } ?? ""), Attribute("inputmode", "decimal"),
                                    Attribute("size", "8"))
                            }
                            button(.type("submit"), .class("secondary")) { text(.goalSaveValue) }
                        }
                    }
                    if entry.canEdit {
                        a(.href("/goals/\(goal.id)/edit"), .id("goal-edit-\(goal.id)")) { text(.goalEdit) }
                    }
                }
            }
        }
    }
}
