import Foundation
import KeelStore
import SalesDomain
import Vapor

/// The execution analyses page, a seller's own plan, and the manager's review of reasons.
enum ExecutionPagesController {
    static func register(on web: any RoutesBuilder) {
        web.on(.GET, "execution", access: .signedIn(.readOwnRecords), use: execution)
        web.on(.GET, "activities", access: .signedIn(.readOwnRecords), use: activities)
        web.on(.POST, "activities", access: .signedIn(.readOwnRecords), use: logActivity)
        web.on(.POST, "activities", ":activityID", "done", access: .signedIn(.readOwnRecords), use: markDone)
        web.on(.POST, "activities", ":activityID", "postpone", access: .signedIn(.readOwnRecords), use: postpone)
        web.on(.POST, "postponements", ":postponementID", "review", access: .signedIn(.readOthers), use: review)
    }

    @Sendable
    static func execution(_ request: Request) async throws -> Response {
        let model = try await ExecutionPage.Model.query(request)
        return Layout.response(ExecutionPage.render(model, context: try await PageContext.make(for: request)), for: request)
    }

    @Sendable
    static func activities(_ request: Request) async throws -> Response {
        try await activitiesPage(request)
    }

    static func activitiesPage(
        _ request: Request, notice: String? = nil, errors: [FieldError] = [], entered: ActivitiesPage.LogValues? = nil
    ) async throws -> Response {
        let model = try await ActivitiesPage.query(request, notice: notice, errors: errors, entered: entered)
        let context = try await PageContext.make(for: request)
        return Layout.response(ActivitiesPage.render(model, context: context), status: errors.isEmpty ? .ok : .unprocessableEntity, for: request)
    }

    struct LogForm: Decodable {
        var type: String?
        var planned: String?
        var minutes: String?
        var subject: String?
        var done: String?

        var values: ActivitiesPage.LogValues {
            ActivitiesPage.LogValues(type: type ?? "", planned: planned ?? "", minutes: minutes ?? "", subject: subject ?? "", done: done == "true")
        }
    }

    @Sendable
    static func logActivity(_ request: Request) async throws -> Response {
        let form = try request.content.decode(LogForm.self)
        let viewer = try request.signedIn.person
        let calendar = try await request.organizationCalendar
        do {
            var problems = FieldErrors.Collector()
            let type = form.type?.trimmingCharacters(in: .whitespaces) ?? ""
            if type.isEmpty {
                problems.append(FieldError(field: "type", code: .required, .chooseActivityType))
            }
            let planned = problems.check { () throws(FieldError) in try FormDate.parse(form.planned ?? "", field: "planned", in: calendar) }
            let minutes = Int(form.minutes?.trimmingCharacters(in: .whitespaces) ?? "").flatMap { Activity.durationLimit.contains($0) ? $0 : nil }
            if minutes == nil {
                problems.append(FieldError(field: "minutes", code: .invalidValue, .activityDurationOutOfRange,
                                           ["value": form.minutes ?? "", "maximum": String(Activity.durationLimit.upperBound)]))
            }
            let subject = form.subject?.trimmingCharacters(in: .whitespacesAndNewlines)
            if let subject, subject.count > ActivityLog.maximumSubjectLength {
                problems.append(FieldError(field: "subject", code: .tooLong, .textTooLong, ["maximum": String(ActivityLog.maximumSubjectLength)]))
            }
            try problems.throwIfAny()
            guard let planned, let minutes else { return try await activitiesPage(request) }
            let new = ActivityLog.NewActivity(
                type: ActivityType(type), plannedDate: planned, durationMinutes: minutes,
                doneDate: form.done == "true" ? min(planned, request.now) : nil, subject: subject?.isEmpty == false ? subject : nil)
            _ = try await ActivityLog(database: request.db, organizationID: viewer.organizationID)
                .log(new, owner: viewer.id, actor: viewer.id, at: request.now)
            return request.redirect(to: "/activities")
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await activitiesPage(request, errors: errors, entered: form.values)
        }
    }

    /// The activity, when it is the viewer's own: sellers log and re-plan their own work only.
    static func ownActivity(_ request: Request) async throws -> (ActivityLog, Activity.ID) {
        let viewer = try request.signedIn.person
        let id = try request.id("activityID", as: Activity.ID.self, entity: "activity")
        let log = ActivityLog(database: request.db, organizationID: viewer.organizationID)
        let entry: ActivityLog.Entry
        do {
            entry = try await log.entry(id)
        } catch is RecordNotFound {
            throw APIError.notFound()
        }
        guard entry.activity.ownerID == viewer.id else { throw APIError.notFound() }
        return (log, id)
    }

    @Sendable
    static func markDone(_ request: Request) async throws -> Response {
        let (log, id) = try await ownActivity(request)
        let viewer = try request.signedIn.person
        do {
            _ = try await log.markDone(id, on: request.now, actor: viewer.id, at: request.now)
            return request.redirect(to: "/activities")
        } catch let error as FieldError {
            return try await activitiesPage(request, errors: [error])
        }
    }

    struct PostponeForm: Decodable {
        var to: String?
        var reason: String?
        var action: String?
    }

    @Sendable
    static func postpone(_ request: Request) async throws -> Response {
        let (log, id) = try await ownActivity(request)
        let viewer = try request.signedIn.person
        let form = try request.content.decode(PostponeForm.self)
        let calendar = try await request.organizationCalendar
        do {
            var problems = FieldErrors.Collector()
            let reason = form.reason ?? ""
            if reason.isEmpty {
                problems.append(FieldError(field: "reason", code: .required, .chooseReason))
            }
            var newDate: Date?
            switch form.action {
            case "drop":
                newDate = nil
            case "move":
                if let to = form.to, !to.isEmpty {
                    newDate = problems.check { () throws(FieldError) in try FormDate.parse(to, field: "to", in: calendar) }
                } else {
                    problems.append(FieldError(field: "to", code: .required, .chooseNewDate))
                }
            default:
                problems.append(FieldError(field: "action", code: .invalidValue, .chooseMoveOrDrop))
            }
            try problems.throwIfAny()
            _ = try await log.postpone(id, to: newDate, reason: ReasonCode(reason), actor: viewer.id, at: request.now)
            return request.redirect(to: "/activities")
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await activitiesPage(request, errors: errors)
        }
    }

    struct ReviewForm: Decodable {
        var verdict: String?
        var team: String?
    }

    /// A manager (or leadership) reviews the postponement of someone in their reach; the owner
    /// never reviews their own.
    @Sendable
    static func review(_ request: Request) async throws -> Response {
        let viewer = try request.signedIn.person
        let id = try request.id("postponementID", as: Postponement.ID.self, entity: "postponement")
        let form = try request.content.decode(ReviewForm.self)
        let log = ActivityLog(database: request.db, organizationID: viewer.organizationID)
        guard let owner = try await log.ownerOfPostponement(id) else { throw APIError.notFound() }
        _ = try await request.visiblePerson(owner)
        guard let verdict = form.verdict.flatMap(ReviewVerdict.init(rawValue:)) else {
            throw APIError(.badRequest, code: "invalid_value", .chooseVerdict, field: "verdict")
        }
        _ = try await log.review(id, verdict: verdict, note: nil, reviewer: viewer.id, at: request.now)
        let team = form.team.flatMap { Team.ID(uuidString: $0) }
        return request.redirect(to: team.map { "/teams/\($0)#postponements" } ?? "/people/\(owner)")
    }
}
