import Foundation
import SalesDomain

/// `/practice/people/{id}`: one seller's practice plan — what is due now, what comes back later,
/// the week's count against the habit and the streak, and what was done recently. The seller
/// opens an item from here; their coach refreshes the plan or adds an item by hand.
enum PracticePlanPage {
    struct Model: Sendable {
        var screen: PracticePlanScreen
        var notice: String?
        var errors: [FieldError] = []
        var isOwnPlan: Bool
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let screen = model.screen
        let language = text.language
        let title = model.isOwnPlan ? text(.practiceMyPlanTitle) : text(.practicePlanTitle, ["name": screen.personName])
        return Layout.page(title: title, context: context) {
            h1(.id("practice-title")) { title }
            p(.class("meta")) { text(.practicePlanIntro) }
            if let notice = model.notice { p(.class("notice"), .id("practice-notice")) { notice } }
            section(.class("card"), .id("practice-habit")) {
                h2 { text(.practiceHabitTitle) }
                p(.id("practice-week")) {
                    strong { text(.practiceWeekCount, ["done": String(screen.repetitionsThisWeek), "target": String(screen.policy.weeklyTarget)]) }
                    " · "
                    text(.practiceStreak, ["weeks": String(screen.streakWeeks), "target": String(screen.policy.weeklyTarget)])
                }
                p(.class("meta")) { text(.practiceRule) }
            }
            section(.class("card"), .id("practice-due")) {
                h2 { text(.practiceDueTitle, ["count": String(screen.due.count)]) }
                if screen.due.isEmpty {
                    p(.id("practice-nothing-due")) {
                        if let next = screen.later.first {
                            text(.practiceNothingDueNext, ["date": next.entry.repetition.due.description])
                        } else {
                            text(.practiceNoPlan)
                        }
                    }
                } else {
                    entryTable(screen.due, id: "practice-due-table", context: context)
                }
            }
            if !screen.later.isEmpty {
                section(.class("card"), .id("practice-later")) {
                    h2 { text(.practiceLaterTitle, ["count": String(screen.later.count)]) }
                    entryTable(screen.later, id: "practice-later-table", context: context)
                }
            }
            section(.class("card"), .id("practice-recent")) {
                h2 { text(.practiceRecentTitle) }
                if screen.recent.isEmpty {
                    p(.class("meta")) { text(.practiceNoRecent) }
                } else {
                    div(.class("table-wrap")) {
                        table(.id("practice-recent-table"), .class("stacked")) {
                            thead { tr {
                                th { text(.practiceColumnDay) }; th { text(.practiceColumnItem) }; th { text(.practiceColumnSelfScore) }
                                th { text(.practiceColumnObserved) }
                            } }
                            tbody {
                                for repetition in screen.recent {
                                    tr {
                                        td(.class("nowrap"), .data("label", text(.practiceColumnDay))) { repetition.rep.day.description }
                                        td {
                                            a(.href("/practice/entries/\(repetition.rep.entryID)")) { repetition.itemTitle.text(in: language) }
                                            if screen.notesShown, !repetition.rep.note.isEmpty { br(); span(.class("meta")) { repetition.rep.note } }
                                        }
                                        td(.data("label", text(.practiceColumnSelfScore))) { "\(repetition.rep.selfScore) – " + PracticeNames.selfScore(repetition.rep.selfScore, text: text) }
                                        td(.data("label", text(.practiceColumnObserved))) {
                                            if let observation = repetition.rep.observation {
                                                text(.practiceObservedLevel, ["level": String(observation.level), "observer": repetition.observerName ?? ""])
                                            } else if repetition.awaitsObservation {
                                                span(.class("meta")) { text(.practiceAwaitsScore) }
                                            } else {
                                                span(.class("meta")) { "–" }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if screen.canChange { changeForms(model, context: context) }
        }
    }

    static func entryTable(_ entries: [PracticePlanScreen.Entry], id: String, context: PageContext) -> Node {
        let text = context.text
        let language = text.language
        return div(.class("table-wrap")) {
            table(.id(id), .class("stacked")) {
                thead { tr {
                    th { text(.practiceColumnItem) }; th { text(.practiceColumnCompetency) }; th { text(.practiceColumnWhy) }
                    th(.class("num")) { text(.practiceColumnMinutes) }; th { text(.practiceColumnDue) }
                    th(.class("num")) { text(.practiceColumnDone) }
                } }
                tbody {
                    for entry in entries {
                        tr(.id("entry-\(entry.entry.id)")) {
                            td {
                                a(.href("/practice/entries/\(entry.entry.id)")) { entry.item.title.text(in: language) }
                                br()
                                span(.class("meta")) { PracticeNames.kind(entry.item.kind, text: text) + " · " + text(.practiceAimLevel, ["level": String(entry.item.aimLevel)]) }
                            }
                            td(.data("label", text(.practiceColumnCompetency))) { entry.competencyName.text(in: language) }
                            td(.data("label", text(.practiceColumnWhy))) { PracticeNames.reason(entry.entry.reason, text: text) }
                            td(.class("num"), .data("label", text(.practiceColumnMinutes))) { String(entry.item.minutes) }
                            td(.class("nowrap"), .data("label", text(.practiceColumnDue))) {
                                entry.entry.repetition.due.description
                                if entry.status == .overdue { " "; span(.class("chip-overdue")) { text(.practiceStatusOverdue) } }
                            }
                            td(.class("num"), .data("label", text(.practiceColumnDone))) { String(entry.repetitions) }
                        }
                    }
                }
            }
        }
    }

    /// Refreshing the plan, and adding an item by hand: for the seller and their coach.
    static func changeForms(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let language = text.language
        let person = model.screen.personID
        let problems = FormProblems(model.errors, text: text)
        return section(.class("card"), .id("practice-change")) {
            h2 { text(.practiceChangeTitle) }
            form(.method("post"), .action("/practice/people/\(person)/refresh"), .class("row"), .id("practice-refresh")) {
                Layout.csrfField(context)
                span(.class("meta")) { text(.practiceRefreshHint) }
                button(.type("submit"), .class("secondary"), .id("practice-refresh-button")) { text(.practiceRefresh) }
            }
            if !model.screen.addable.isEmpty {
                form(.method("post"), .action("/practice/people/\(person)/entries"), .class("row"), .id("practice-add")) {
                    Layout.csrfField(context)
                    label {
                        text(.practiceAddLabel)
                        select(.name("itemID"), .id("itemID")) {
                            for item in model.screen.addable {
                                let competency = model.screen.competencyNames[item.competencyID]?.text(in: language) ?? ""
                                option(.value(item.id.description)) {
                                    competency + " – " + item.title.text(in: language) + " (" + PracticeNames.kind(item.kind, text: text) + ")"
                                }
                            }
                        }
                    }
                    button(.type("submit"), .id("practice-add-button")) { text(.practiceAdd) }
                    if let message = problems.message(for: "itemID") { p(.class("field-error"), .id("error-itemID")) { message } }
                }
            }
        }
    }
}
