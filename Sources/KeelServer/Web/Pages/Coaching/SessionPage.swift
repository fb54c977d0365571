import Foundation
import KeelCharts
import SalesDomain

/// `/coaching/sessions/{id}`: one coaching session. For its coach while planned, the session is
/// run here in the order the rule asks — follow up the earlier next steps, work through the
/// agenda beside the data the focus links to, write notes, agree at least one next step — and
/// completed. Otherwise it reads as what happened and what was agreed.
enum SessionPage {
    struct Model: Sendable {
        var screen: SessionScreen
        /// What a next step may link to; only while its coach runs it.
        var choices: SessionPlanChoices?
        var values: [String: String] = [:]
        var errors: [FieldError] = []
        var notice: String?
        var today: CalendarDay
    }

    static let nextStepRows = 3

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let screen = model.screen
        let session = screen.session
        let numbers = ChartNumberFormat(languageTag: text.language.rawValue)
        let title = text(.sessionTitle, ["type": CoachingNames.type(session.type, text: text), "seller": screen.sellerName])
        let running = screen.viewerIsCoach && session.status == .planned
        return Layout.page(title: title, context: context) {
            h1(.id("session-title")) { title }
            p(.class("meta"), .id("session-facts")) {
                text(.sessionFacts, [
                    "date": FormDate.string(session.scheduledAt, in: context.calendar), "time": time(session.scheduledAt, context: context),
                    "minutes": String(session.durationMinutes), "coach": screen.coachName,
                ])
                " "
                span(.class("badge status-\(session.status.rawValue)")) { CoachingNames.status(session.status, text: text) }
            }
            if let focus = session.focus {
                p(.id("session-focus")) { strong { text(.sessionFocus) + ": " }; CoachingNames.focus(focus, names: screen.focusNames, text: text) }
            }
            if let notice = model.notice { p(.class("notice"), .id("session-notice")) { notice } }
            div(.class("session-layout")) {
                div(.class("session-main")) {
                    if running {
                        runForm(model, context: context)
                    } else {
                        record(model, context: context)
                    }
                }
                div(.class("session-side")) {
                    if let linked = screen.linked { linkedData(linked, context: context, numbers: numbers) }
                    p(.class("card"), .id("session-kpis")) {
                        a(.href("/people/\(screen.session.sellerID)/kpis")) { context.text(.kpiSessionLink, ["name": screen.sellerName]) }
                    }
                    history(screen, context: context)
                }
            }
        }
    }

    static func time(_ date: Date, context: PageContext) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = context.calendar.timeZone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// Where a problem's field is on the page, for the summary's links; every other field's
    /// element has the field's name as its id.
    static func anchors(_ screen: SessionScreen) -> [String: String] {
        ["nextSteps": "next-steps", "notes": "field-notes", "privateNotes": "field-privateNotes", "status": "session-title"]
    }

    static func runForm(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let screen = model.screen
        let session = screen.session
        let problems = FormProblems(model.errors, text: text)
        let values = model.values
        return fragment {
            if !problems.isEmpty {
                FormErrorSummary.render(problems, context: context, anchors: anchors(screen))
            }
            form(.method("post"), .action("/coaching/sessions/\(session.id)/complete"), .class("stacked wide"), .id("complete-form")) {
                Layout.csrfField(context)
                section(.class("card"), .id("follow-up")) {
                    h2 { text(.sessionStepFollowUp) }
                    if screen.toFollowUp.isEmpty {
                        p(.class("meta"), .id("follow-up-none")) { text(.sessionNothingToFollowUp) }
                    } else {
                        p(.class("meta")) { text(.sessionFollowUpCaption) }
                    }
                    for item in screen.toFollowUp {
                        reviewRow(item, screen: screen, values: values, problems: problems, today: model.today, context: context)
                    }
                }
                section(.class("card"), .id("agenda")) {
                    h2 { text(.sessionStepAgenda) }
                    ol(.class("agenda")) {
                        for item in screen.agenda.items { li { item.text(in: text.language) } }
                    }
                }
                section(.class("card"), .id("notes")) {
                    h2 { text(.sessionStepNotes) }
                    notesField("notes", label: text(.sessionNotes), hint: text(.sessionNotesHint), value: values["notes"] ?? session.notes, problems: problems)
                    notesField(
                        "privateNotes", label: text(.sessionPrivateNotes), hint: text(.sessionPrivateNotesHint),
                        value: values["privateNotes"] ?? session.privateNotes, problems: problems)
                }
                section(.class("card"), .id("next-steps")) {
                    h2 { text(.sessionStepNextSteps) }
                    p(.class("meta")) { text(.sessionNextStepsCaption) }
                    if let message = problems.message(for: "nextSteps") { p(.class("field-error"), .id("error-nextSteps")) { message } }
                    for row in 0..<nextStepRows {
                        nextStepRow(row, model: model, problems: problems, context: context)
                    }
                }
                div(.class("actions")) {
                    button(.type("submit"), .id("complete-session")) { text(.sessionComplete) }
                }
            }
            form(.method("post"), .action("/coaching/sessions/\(session.id)/cancel"), .class("actions"), .id("cancel-form")) {
                Layout.csrfField(context)
                button(.type("submit"), .class("secondary"), .id("cancel-session")) { text(.sessionCancel) }
            }
        }
    }

    static func notesField(_ name: String, label labelText: String, hint: String, value: String, problems: FormProblems) -> Node {
        let message = problems.message(for: name)
        return label(.for("field-\(name)")) {
            labelText
            span(.class("hint")) { hint }
            textarea(.name(name), .id("field-\(name)"), Attribute("rows", "4")) { value }
            if let message { span(.class("field-error"), .id("error-\(name)")) { message } }
        }
    }

    static func itemFacts(_ item: ActionItem, screen: SessionScreen, today: CalendarDay, context: PageContext) -> Node {
        let text = context.text
        return span(.class("meta")) {
            text(.itemFacts, ["owner": screen.names[item.ownerID] ?? "", "due": item.due.description])
            if item.isOverdue(on: today) { " "; span(.class("chip-overdue")) { text(.itemOverdue) } }
            if item.carriedOver > 0 { " · " + text(.itemCarriedOver, ["count": String(item.carriedOver)]) }
            if let link = item.link { " · " + CoachingNames.focus(link, names: screen.focusNames, text: text) }
        }
    }

    static func reviewRow(
        _ item: ActionItem, screen: SessionScreen, values: [String: String], problems: FormProblems, today: CalendarDay, context: PageContext
    ) -> Node {
        let text = context.text
        let field = "review-\(item.id)"
        let message = problems.message(for: field)
        return fieldset(.class("review-row"), .id("review-\(item.id)")) {
            legend { item.text }
            itemFacts(item, screen: screen, today: today, context: context)
            div(.class("outcomes")) {
                for outcome in ActionItemReview.Outcome.allCases {
                    label(.class("choice-inline")) {
                        if values[field] == outcome.rawValue {
                            input(.type("radio"), .name(field), .value(outcome.rawValue), .checked)
                        } else {
                            input(.type("radio"), .name(field), .value(outcome.rawValue))
                        }
                        CoachingNames.outcome(outcome, text: text)
                    }
                }
            }
            if let message { p(.class("field-error"), .id("error-\(field)")) { message } }
            div(.class("row")) {
                FormField.text(
                    "comment-\(item.id)", id: "comment-\(item.id)", label: text(.reviewComment), value: values["comment-\(item.id)"] ?? "",
                    problems: problems, required: false)
                FormField.text(
                    "newDue-\(item.id)", id: "newDue-\(item.id)", label: text(.reviewNewDue), value: values["newDue-\(item.id)"] ?? "", type: "date",
                    problems: problems, required: false)
            }
        }
    }

    static func nextStepRow(_ row: Int, model: Model, problems: FormProblems, context: PageContext) -> Node {
        let text = context.text
        let screen = model.screen
        let session = screen.session
        let values = model.values
        let prefix = "step-\(row)"
        let owners = [(session.sellerID.description, screen.sellerName), (session.coachID.description, screen.coachName)]
        return fieldset(.class("next-step"), .id("step-\(row)")) {
            legend { text(.nextStepNumber, ["number": String(row + 1)]) }
            FormField.text(
                "\(prefix)-text", id: "step-\(row)-text", label: text(.nextStepWhat), value: values["\(prefix)-text"] ?? "", problems: problems,
                required: false)
            div(.class("row")) {
                FormField.choice(
                    "\(prefix)-owner", id: "step-\(row)-owner", label: text(.nextStepOwner), options: owners,
                    selected: values["\(prefix)-owner"] ?? session.sellerID.description, problems: problems)
                FormField.text(
                    "\(prefix)-due", id: "step-\(row)-due", label: text(.nextStepDue), value: values["\(prefix)-due"] ?? "", type: "date",
                    problems: problems, required: false)
            }
            if let choices = model.choices {
                SessionPlanPage.focusChoice(
                    "\(prefix)-link", id: "step-\(row)-link", label: text(.nextStepLink),
                    selected: values["\(prefix)-link"] ?? (row == 0 ? session.focus.map { "\($0.kind.rawValue):\($0.reference)" } : nil),
                    choices: choices, problems: problems, context: context)
            }
        }
    }

    /// A session as it stands for everyone but its coach while it runs: what it followed up,
    /// its agenda, its notes, what was agreed.
    static func record(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let screen = model.screen
        let session = screen.session
        let viewerID = context.viewer?.id
        return fragment {
            if session.status == .planned {
                section(.class("card"), .id("prepare")) {
                    h2 { text(.sessionPrepareTitle) }
                    p(.class("meta")) { text(.sessionPrepareCaption) }
                    ul(.class("plan"), .id("to-follow-up")) {
                        for item in screen.toFollowUp {
                            li { itemLine(item, screen: screen, model: model, markable: item.ownerID == viewerID || session.sellerID == viewerID, context: context) }
                        }
                    }
                    if screen.toFollowUp.isEmpty { p(.class("meta")) { text(.sessionNothingToFollowUp) } }
                }
            } else if !screen.followedUp.isEmpty {
                section(.class("card"), .id("followed-up")) {
                    h2 { text(.sessionFollowedUpTitle) }
                    ul(.class("plan")) {
                        for entry in screen.followedUp {
                            li {
                                strong { entry.item.text }
                                " — "
                                span(.class("badge outcome-\(entry.review.outcome.rawValue)")) { CoachingNames.outcome(entry.review.outcome, text: text) }
                                if !entry.review.comment.isEmpty { p(.class("meta")) { entry.review.comment } }
                            }
                        }
                    }
                }
            }
            section(.class("card"), .id("agenda")) {
                h2 { text(.sessionAgendaTitle) }
                ol(.class("agenda")) {
                    for item in screen.agenda.items { li { item.text(in: text.language) } }
                }
            }
            if session.status == .completed {
                section(.class("card"), .id("notes")) {
                    h2 { text(.sessionNotes) }
                    if session.notes.isEmpty { p(.class("meta")) { text(.sessionNoNotes) } } else { p(.class("notes")) { session.notes } }
                    if session.coachID == viewerID, !session.privateNotes.isEmpty {
                        h3 { text(.sessionPrivateNotes) }
                        p(.class("notes private"), .id("private-notes")) { session.privateNotes }
                    }
                }
                section(.class("card"), .id("agreed")) {
                    h2 { text(.sessionAgreedTitle) }
                    ul(.class("plan")) {
                        for item in screen.agreed {
                            li { itemLine(item, screen: screen, model: model, markable: item.ownerID == viewerID || session.sellerID == viewerID, context: context) }
                        }
                    }
                }
            }
        }
    }

    /// A next step with its owner, due date and state; its owner or seller may mark it done here.
    static func itemLine(_ item: ActionItem, screen: SessionScreen, model: Model, markable: Bool, context: PageContext) -> Node {
        let text = context.text
        return fragment {
            strong { item.text }
            " "
            if item.status != .open { span(.class("badge outcome-\(item.status.rawValue)")) { text(item.status == .done ? .reviewOutcomeDone : .reviewOutcomeNotDone) } }
            br()
            itemFacts(item, screen: screen, today: model.today, context: context)
            if markable, item.status == .open {
                ItemDoneForm.render(item, returnTo: "/coaching/sessions/\(screen.session.id)", context: context)
            }
        }
    }

    static func linkedData(_ linked: SessionScreen.LinkedData, context: PageContext, numbers: ChartNumberFormat) -> Node {
        let text = context.text
        return section(.class("card"), .id("linked")) {
            switch linked {
            case .competency(let competency, let level, let target, let cycleName):
                h2 { competency.name.text(in: text.language) }
                p(.class("meta")) {
                    if let level {
                        text(.linkedLevel, ["level": numbers.number(level), "target": target.map(String.init) ?? "—", "cycle": cycleName ?? ""])
                    } else {
                        text(.linkedNotRated)
                    }
                }
                ol(.class("levels")) {
                    for description in competency.levels {
                        li(.class(Int((level ?? 0).rounded()) == description.level ? "current" : description.level == target ? "target" : "")) {
                            strong { text(.linkedLevelNumber, ["level": String(description.level)]) + " " }
                            description.behavior.text(in: text.language)
                        }
                    }
                }
            case .deal(let history):
                h2 { text(.linkedDealTitle) }
                p(.class("meta")) {
                    text(.linkedDealFacts, [
                        "stage": context.text.stage(history.deal.stage), "outcome": history.deal.outcome.rawValue,
                        "value": numbers.amount(history.deal.value, in: context.currency),
                    ])
                }
                ol(.class("stages")) {
                    for transition in history.transitions {
                        li { FormDate.string(transition.enteredAt, in: context.calendar) + " · " + context.text.stage(transition.stage) }
                    }
                }
            case .activityType(let type, let current, let previous, let weeks):
                h2 { text(.focusActivityType, ["type": context.text.activityType(type)]) }
                p(.class("meta")) { text(.linkedKPICaption) }
                dl(.class("facts")) {
                    dt { text.weeks(weeks).capitalizedFirst }
                    dd(.id("linked-current")) { StartPage.rate(current, numbers: numbers) }
                    dt { text(.linkedWeeksBefore) }
                    dd(.id("linked-previous")) { StartPage.rate(previous, numbers: numbers) }
                }
            case .meeting(let activity):
                h2 { text(.linkedMeetingTitle) }
                p { FormDate.string(activity.plannedDate, in: context.calendar) + " " + time(activity.plannedDate, context: context) + " · " + context.text.activityType(activity.type) }
            }
        }
    }

    static func history(_ screen: SessionScreen, context: PageContext) -> Node {
        let text = context.text
        return section(.class("card"), .id("history")) {
            h2 { text(.sessionHistoryTitle, ["seller": screen.sellerName]) }
            if screen.history.isEmpty { p(.class("meta")) { text(.sessionNoHistory) } }
            ul(.class("plan")) {
                for session in screen.history {
                    li {
                        a(.href("/coaching/sessions/\(session.id)")) { FormDate.string(session.scheduledAt, in: context.calendar) }
                        " · " + CoachingNames.type(session.type, text: text) + " · " + CoachingNames.status(session.status, text: text)
                    }
                }
            }
        }
    }
}
