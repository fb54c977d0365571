import Foundation
import KeelStore
import SalesDomain
import Vapor

/// A seller's own plan, made for a phone: this week and next, what is still open from
/// before, and forms to mark work done, move or drop it with a reason, and log new work.
enum ActivitiesPage {
    /// Open work older than this many weeks is no longer "still open", it is history.
    static let overdueWeeks = 4

    struct Model: Sendable {
        var overdue: [ActivityLog.Entry]
        var thisWeek: (week: ISOWeek, entries: [ActivityLog.Entry])
        var nextWeek: (week: ISOWeek, entries: [ActivityLog.Entry])
        var reasons: [PostponementReason]
        var catalog: ReasonCatalog
        var activityTypes: [ActivityType]
        var today: String
        var notice: String?
        var error: FieldError?
    }

    static func query(_ request: Request, notice: String? = nil, error: FieldError? = nil) async throws -> Model {
        let calendar = try await request.organizationCalendar
        let viewer = try request.signedIn.person
        let log = ActivityLog(database: request.db, organizationID: viewer.organizationID)
        let current = calendar.week(containing: request.now)
        var earliest = current
        for _ in 0..<overdueWeeks { earliest = earliest.previous }
        let entries = try await log.entries(of: viewer.id, plannedIn: calendar.start(of: earliest)..<calendar.start(of: current.next.next))
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
            today: FormDate.string(request.now, in: calendar), notice: notice, error: error)
    }

    static func render(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        return Layout.page(title: text(.activitiesTitle), context: context) {
            h1 { text(.activitiesTitle) }
            p(.class("meta")) { text(.activitiesIntro) }
            if let error = model.error {
                div(.class("error-summary"), .id("form-error"), Attribute("role", "alert")) {
                    strong { error.field }
                    ": \(error.message)"
                }
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
                h2 { text(.activitiesWeek, ["week": model.thisWeek.week.description]) }
                plan(model.thisWeek.entries, model: model, context: context)
            }
            section(.class("card"), .id("next-week")) {
                h2 { text(.activitiesWeek, ["week": model.nextWeek.week.description]) }
                plan(model.nextWeek.entries, model: model, context: context)
            }
            logForm(model, context: context)
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
                            strong { ExecutionPage.readable(entry.activity.type.rawValue) }
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
        return fragment {
            form(.method("post"), .action("/activities/\(id)/done"), .class("row")) {
                Layout.csrfField(context)
                button(.type("submit"), .class("small-button"), .name("done"), .id("done-\(id)")) { text(.activityDone) }
            }
            element("details", []) {
                element("summary", [.id("replan-\(id)")]) { "\(text(.activityMove)) / \(text(.activityDrop))" }
                form(.method("post"), .action("/activities/\(id)/postpone"), .class("row")) {
                    Layout.csrfField(context)
                    label {
                        text(.activityNewDate)
                        input(.type("date"), .name("to"), .id("to-\(id)"))
                    }
                    label {
                        text(.activityReason)
                        select(.name("reason"), .id("reason-\(id)")) {
                            for reason in model.reasons {
                                option(.value(reason.code.rawValue)) { reason.name(in: text.language) }
                            }
                        }
                    }
                    button(.type("submit"), .name("action"), .value("move"), .class("small-button"), .id("move-\(id)")) { text(.activityMove) }
                    button(.type("submit"), .name("action"), .value("drop"), .class("small-button danger"), .id("drop-\(id)")) { text(.activityDrop) }
                }
            }
        }
    }

    static func logForm(_ model: Model, context: PageContext) -> Node {
        let text = context.text
        return section(.class("card"), .id("log-activity")) {
            h2 { text(.activityLogTitle) }
            form(.method("post"), .action("/activities"), .class("stacked")) {
                Layout.csrfField(context)
                label {
                    text(.activityType)
                    select(.name("type"), .id("activity-type")) {
                        for type in model.activityTypes {
                            option(.value(type.rawValue)) { ExecutionPage.readable(type.rawValue) }
                        }
                    }
                }
                label {
                    text(.activityDate)
                    input(.type("date"), .name("planned"), .id("activity-planned"), .value(model.today), Attribute("required", nil))
                }
                label {
                    text(.activityMinutes)
                    input(.type("number"), .name("minutes"), .id("activity-minutes"), .value("30"), Attribute("min", String(Activity.durationLimit.lowerBound)),
                          Attribute("max", String(Activity.durationLimit.upperBound)))
                }
                label {
                    text(.activitySubject)
                    input(.type("text"), .name("subject"), .id("activity-subject"), Attribute("maxlength", "500"))
                }
                label(.class("hint")) {
                    input(.type("checkbox"), .name("done"), .value("true"), .id("activity-done"))
                    text(.activityAlreadyDone)
                }
                div { button(.type("submit"), .id("log-submit")) { text(.activityLogSubmit) } }
            }
        }
    }
}
