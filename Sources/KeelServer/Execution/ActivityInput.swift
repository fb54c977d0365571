import Foundation
import KeelStore
import SalesDomain

/// A logged activity as the plan page's form and `POST /api/v1/activities` give it, read alike:
/// every problem at once, at the field names both use (`type`, `planned`, `minutes`, `subject`).
struct ActivityInput: Sendable {
    var type: String?
    /// The planned day, `2026-01-07`, in the organization's time zone.
    var planned: String?
    var minutes: String?
    var subject: String?
    var done: Bool

    /// The form's and the body's names for the fields ``ActivityLimits`` checks.
    static let fieldNames: [ActivityLimits.Field: String] = [.plannedDate: "planned", .durationMinutes: "minutes", .subject: "subject"]

    func newActivity(calendar: WeekCalendar, now: Date) throws -> ActivityLog.NewActivity {
        var problems = FieldErrors.Collector()
        let type = self.type?.trimmingCharacters(in: .whitespaces) ?? ""
        if type.isEmpty {
            problems.append(FieldError(field: "type", code: .required, .chooseActivityType))
        }
        let planned = problems.check { () throws(FieldError) in try FormDate.parse(self.planned ?? "", field: "planned", in: calendar) }
        let minutes = Int(self.minutes?.trimmingCharacters(in: .whitespaces) ?? "")
        if minutes == nil {
            problems.append(contentsOf: [ActivityLimits.durationProblem(self.minutes ?? "")].renamed(Self.fieldNames))
        }
        let subject = self.subject?.trimmingCharacters(in: .whitespacesAndNewlines)
        problems.append(contentsOf: ActivityLimits.problems(plannedDate: planned, durationMinutes: minutes, subject: subject, asOf: now)
            .renamed(Self.fieldNames))
        // In the form's order, so the summary reads top to bottom whichever check found what.
        let order = ["type", "planned", "minutes", "subject"]
        let errors = problems.errors.enumerated()
            .sorted { (order.firstIndex(of: $0.element.field) ?? order.count, $0.offset) < (order.firstIndex(of: $1.element.field) ?? order.count, $1.offset) }
            .map(\.element)
        guard errors.isEmpty, let planned, let minutes else { throw FieldErrors(errors) }
        return ActivityLog.NewActivity(
            type: ActivityType(type), plannedDate: planned, durationMinutes: minutes,
            doneDate: done ? min(planned, now) : nil, subject: subject?.isEmpty == false ? subject : nil)
    }
}

/// Moving or dropping an activity, as the plan page's form and
/// `POST /api/v1/activities/{id}/postponements` give it: `action` move or drop, `to` the new
/// day for a move, and a `reason` that must be chosen — none is ever assumed.
struct PostponementInput: Sendable {
    var action: String?
    var to: String?
    var reason: String?

    /// The new day (`nil`: dropped) and the reason, or every problem at once.
    func change(calendar: WeekCalendar) throws(FieldErrors) -> (to: Date?, reason: ReasonCode) {
        var problems = FieldErrors.Collector()
        let reason = self.reason?.trimmingCharacters(in: .whitespaces) ?? ""
        if reason.isEmpty {
            problems.append(FieldError(field: "reason", code: .required, .chooseReason))
        }
        var newDate: Date?
        switch self.action {
        case "drop":
            newDate = nil
        case "move":
            if let to = self.to, !to.isEmpty {
                newDate = problems.check { () throws(FieldError) in try FormDate.parse(to, field: "to", in: calendar) }
                if let day = newDate, let problem = ActivityLimits.yearProblem(day, field: .plannedDate) {
                    problems.append(FieldError(field: "to", code: problem.code, problem.problem))
                    newDate = nil
                }
            } else {
                problems.append(FieldError(field: "to", code: .required, .chooseNewDate))
            }
        default:
            problems.append(FieldError(field: "action", code: .invalidValue, .chooseMoveOrDrop))
            // A date typed beside a choice that is neither is still read, so its problem shows too.
            if let to = self.to, !to.isEmpty {
                problems.check { () throws(FieldError) in try FormDate.parse(to, field: "to", in: calendar) }
            }
        }
        try problems.throwIfAny()
        return (newDate, ReasonCode(reason))
    }

    /// Checks the input, then moves or drops the viewer's own activity, refusing with every
    /// problem at once: when the input cannot be read, a reason the catalog does not hold is
    /// named beside it. The catalog's refusals name `reason`, the field that was filled in.
    func postpone(_ id: Activity.ID, in log: ActivityLog, for policy: AccessPolicy, calendar: WeekCalendar, at now: Date) async throws -> Postponement {
        _ = try await log.ownEntry(id, for: policy)
        let change: (to: Date?, reason: ReasonCode)
        do {
            change = try self.change(calendar: calendar)
        } catch {
            var problems = error.errors
            let reason = self.reason?.trimmingCharacters(in: .whitespaces) ?? ""
            if !reason.isEmpty {
                let catalog = try await OrganizationSettings(database: log.database, organizationID: log.organizationID).reasonCatalog()
                if let problem = Postponement.reasonProblem(ReasonCode(reason), in: catalog) { problems.append(problem) }
            }
            throw FieldErrors(problems.map(Self.onForm))
        }
        do {
            return try await log.postpone(id, to: change.to, reason: change.reason, actor: policy.viewer.personID, at: now)
        } catch {
            guard let problems = [FieldError](refusal: error) else { throw error }
            throw FieldErrors(problems.map(Self.onForm))
        }
    }

    /// The store's name for the reason (`reasonCode`) as the form and the body call it.
    static func onForm(_ error: FieldError) -> FieldError {
        guard error.field == "reasonCode" else { return error }
        return FieldError(field: "reason", code: error.code, error.problem)
    }
}
