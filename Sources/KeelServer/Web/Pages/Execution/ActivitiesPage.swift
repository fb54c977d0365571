import Foundation
import KeelStore
import SalesDomain
import Vapor

/// A seller's own plan, made for a phone: this week and next, what is still open from
/// before, and forms to mark work done, move or drop it with a reason, and log new work.
enum ActivitiesPage {
    struct Model: Sendable {
        var overdue: [ActivityLog.Entry]
        var thisWeek: (week: ISOWeek, entries: [ActivityLog.Entry])
        var nextWeek: (week: ISOWeek, entries: [ActivityLog.Entry])
        var reasons: [PostponementReason]
        var catalog: ReasonCatalog
        var activityTypes: [ActivityType]
        var today: String
        var notice: String?
        var errors: [FieldError] = []
        /// What the person typed into the log form, kept when it is refused.
        var entered = LogValues()
        /// The move or drop that was refused, its form shown open with what was chosen.
        var refusedPostponement: PostponeValues?
    }

    /// A move-or-drop form's fields as chosen, for the activity they were chosen for.
    struct PostponeValues: Sendable {
        var activityID: Activity.ID
        var to = ""
        var reason = ""
    }

    /// The log form's fields as typed.
    struct LogValues: Sendable {
        var type = ""
        var planned = ""
        var minutes = "30"
        var subject = ""
        var done = false
    }

    static let logFieldIDs = [
        "type": "activity-type", "planned": "activity-planned", "minutes": "activity-minutes", "subject": "activity-subject",
    ]

    static func query(
        _ request: Request, notice: String? = nil, errors: [FieldError] = [], entered: LogValues? = nil, postponing: PostponeValues? = nil
    ) async throws -> Model {
        let calendar = try await request.organizationCalendar
        let viewer = try request.signedIn.person
        let log = ActivityLog(database: request.db, organizationID: viewer.organizationID)
        let current = calendar.week(containing: request.now)
        // The same question as `GET /api/v1/activities` without parameters, every row on one page.
        let entries = try await log.entries(
            ActivityListQuery(owners: .viewer, weeks: ActivityListQuery.planWeeks(asOf: request.now, calendar: calendar), limit: 10_000),
            for: try await request.policy(), calendar: calendar
        ).entries
        let startOfWeek = calendar.start(of: current)
        let startOfNext = calendar.start(of: current.next)
        let settings = OrganizationSettings(database: request.db, organizationID: viewer.organizationID)
        let catalog = try await settings.reasonCatalog()
        let rules = try await settings.workCategoryRules()
        return Model(
            overdue: entries.filter { $0.activity.plannedDate < startOfWeek && $0.isOpen },
            thisWeek: (current, entries.filter { (startOfWeek..<startOfNext).contains($0.activity.plannedDate) }),
            nextWeek: (current.next, entries.filter { $0.activity.plannedDate >= startOfNext }),
            reasons: catalog.activeReasons, catalog: catalog,
            activityTypes: rules.categoryByType.keys.sorted(),
            today: FormDate.string(request.now, in: calendar), notice: notice, errors: errors,
            entered: entered ?? LogValues(planned: FormDate.string(request.now, in: calendar)), refusedPostponement: postponing)
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        let problems = FormProblems(model.errors, text: text)
        return Layout.page(title: text(.activitiesTitle), context: context) {
            h1 { text(.activitiesTitle) }
            p(.class("meta")) { text(.activitiesIntro) }
            if !problems.isEmpty {
                FormErrorSummary.render(
                    problems,
                    labels: ["type": text(.activityType), "planned": text(.activityDate), "minutes": text(.activityMinutes),
                             "subject": text(.activitySubject), "to": text(.activityNewDate), "reason": text(.activityReason),
                             "reasonCode": text(.activityReason), "action": "\(text(.activityMove)) / \(text(.activityDrop))"],
                    context: context, anchors: model.refusedPostponement.map { refused in
                        ["to": "to-\(refused.activityID)", "reason": "reason-\(refused.activityID)", "reasonCode": "reason-\(refused.activityID)",
                         "action": "move-\(refused.activityID)"]
                    } ?? logFieldIDs)
            }
            if let notice = model.notice {
                p(.class("notice"), .id("notice"), Attribute("role", "status")) { notice }
            }
            if !model.overdue.isEmpty {
                section(.class("card"), .id("overdue")) {
                    h2 { text(.activitiesOverdue) }
                    plan(model.overdue, model: model, context: context)
                }
            }
            section(.class("card"), .id("this-week")) {
                h2 { text.week(model.thisWeek.week).capitalizedFirst }
                plan(model.thisWeek.entries, model: model, context: context)
            }
            section(.class("card"), .id("next-week")) {
                h2 { text.week(model.nextWeek.week).capitalizedFirst }
                plan(model.nextWeek.entries, model: model, context: context)
            }
            logForm(model, problems: problems, context: context)
        }
    }

    static func plan(_ entries: [ActivityLog.Entry], model: Model, context: PageContext) -> Node {
        let text = context.text
        return fragment {
            if entries.isEmpty {
                p(.class("meta")) { text(.activitiesNone) }
            } else {
                ul(.class("plan")) {
                    for entry in entries {
                        li(.data("activity-id", entry.activity.id.description)) {
                            strong { context.text.activityType(entry.activity.type) }
                            if let subject = entry.subject, !subject.isEmpty { " — \(subject)" }
                            div(.class("meta")) {
                                "\(FormDate.string(entry.activity.plannedDate, in: context.calendar)) · \(entry.activity.durationMinutes) min"
                                if let last = entry.postponements.last(where: { !$0.isDropped }) {
                                    " · \(text(.activityMovedFrom, ["date": FormDate.string(last.from, in: context.calendar)]))"
                                    " (\(model.catalog.reason(for: last.reasonCode)?.name(in: text.language) ?? last.reasonCode.rawValue))"
                                }
                            }
                            if let done = entry.activity.doneDate {
                                span(.class("badge")) { text(.activityDoneOn, ["date": FormDate.string(done, in: context.calendar)]) }
                            } else if entry.isDropped {
                                span(.class("badge inactive")) { text(.activityDropped) }
                            } else {
                                actions(entry, model: model, context: context)
                            }
                        }
                    }
                }
            }
        }
    }

    static func actions(_ entry: ActivityLog.Entry, model: Model, context: PageContext) -> Node {
        let text = context.text
        let id = entry.activity.id
        let refused = model.refusedPostponement?.activityID == id ? model.refusedPostponement : nil
        let problems = refused == nil ? nil : FormProblems(model.errors, text: text)
        func marked(_ field: String, alias: String? = nil) -> (attributes: [Attribute], message: String?) {
            guard let message = problems?.message(for: field) ?? alias.flatMap({ problems?.message(for: $0) }) else { return ([], nil) }
            return ([Attribute("aria-invalid", "true"), .aria("describedby", "error-\(field)-\(id)")], message)
        }
        let to = marked("to")
        let reasonMark = marked("reason", alias: "reasonCode")
        let action = marked("action")
        return fragment {
            form(.method("post"), .action("/activities/\(id)/done"), .class("row")) {
                Layout.csrfField(context)
                button(.type("submit"), .class("small-button"), .name("done"), .id("done-\(id)")) { text(.activityDone) }
            }
            element("details", refused == nil ? [] : [Attribute("open", nil)]) {
                element("summary", [.id("replan-\(id)")]) { "\(text(.activityMove)) / \(text(.activityDrop))" }
                form(.method("post"), .action("/activities/\(id)/postpone"), .class("row")) {
                    Layout.csrfField(context)
                    label {
                        text(.activityNewDate)
                        Node.voidElement("input", [.type("date"), .name("to"), .id("to-\(id)"), .value(refused?.to ?? "")] + to.attributes)
                        if let message = to.message { span(.class("field-error"), .id("error-to-\(id)")) { message } }
                    }
                    label {
                        text(.activityReason)
                        element("select", [.name("reason"), .id("reason-\(id)")] + reasonMark.attributes) {
                            // No reason is preselected: a default would be an obstacle nobody chose.
                            option(.value(""), Attribute("selected", nil)) { text(.activityChooseReason) }
                            for reason in model.reasons {
                                if reason.code.rawValue == refused?.reason {
                                    option(.value(reason.code.rawValue), Attribute("selected", nil)) { reason.name(in: text.language) }
                                } else {
                                    option(.value(reason.code.rawValue)) { reason.name(in: text.language) }
                                }
                            }
                        }
                        if let message = reasonMark.message { span(.class("field-error"), .id("error-reason-\(id)")) { message } }
                    }
                    element("button", [.type("submit"), .name("action"), .value("move"), .class("small-button"), .id("move-\(id)")] + action.attributes) {
                        text(.activityMove)
                    }
                    element("button", [.type("submit"), .name("action"), .value("drop"), .class("small-button danger"), .id("drop-\(id)")] + action.attributes) {
                        text(.activityDrop)
                    }
                    if let message = action.message { span(.class("field-error"), .id("error-action-\(id)")) { message } }
                }
            }
        }
    }

    static func logForm(_ model: Model, problems: FormProblems, context: PageContext) -> Node {
        let text = context.text
        let entered = model.entered
        return section(.class("card"), .id("log-activity")) {
            h2 { text(.activityLogTitle) }
            form(.method("post"), .action("/activities"), .class("stacked"), Attribute("novalidate", nil)) {
                Layout.csrfField(context)
                FormField.choice("type", id: logFieldIDs["type"], label: text(.activityType),
                                 options: model.activityTypes.map { ($0.rawValue, context.text.activityType($0)) },
                                 selected: entered.type, problems: problems)
                FormField.text("planned", id: logFieldIDs["planned"], label: text(.activityDate), value: entered.planned, type: "date",
                               problems: problems)
                FormField.text("minutes", id: logFieldIDs["minutes"], label: text(.activityMinutes), value: entered.minutes, type: "number",
                               problems: problems, required: false,
                               extra: [Attribute("min", String(ActivityLimits.minutes.lowerBound)), Attribute("max", String(ActivityLimits.minutes.upperBound))])
                FormField.text("subject", id: logFieldIDs["subject"], label: text(.activitySubject), value: entered.subject,
                               problems: problems, required: false, extra: [Attribute("maxlength", "500")])
                label(.class("hint")) {
                    if entered.done {
                        input(.type("checkbox"), .name("done"), .value("true"), .id("activity-done"), .checked)
                    } else {
                        input(.type("checkbox"), .name("done"), .value("true"), .id("activity-done"))
                    }
                    text(.activityAlreadyDone)
                }
                div { button(.type("submit"), .id("log-submit")) { text(.activityLogSubmit) } }
            }
        }
    }
}
