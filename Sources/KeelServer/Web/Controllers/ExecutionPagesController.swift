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

    static func activitiesPage(_ request: Request, notice: String? = nil, error: FieldError? = nil) async throws -> Response {
        let model = try await ActivitiesPage.query(request, notice: notice, error: error)
        let context = try await PageContext.make(for: request)
        return Layout.response(ActivitiesPage.render(model, context: context), status: error == nil ? .ok : .unprocessableEntity, for: request)
    }

    struct LogForm: Decodable {
        var type: String?
        var planned: String?
        var minutes: String?
        var subject: String?
        var done: String?
    }

    @Sendable
    static func logActivity(_ request: Request) async throws -> Response {
        let form = try request.content.decode(LogForm.self)
        let viewer = try request.signedIn.person
        do {
            guard let type = form.type?.trimmingCharacters(in: .whitespaces), !type.isEmpty else {
                throw FieldError(field: "type", code: .required, message: "choose an activity type")
            }
            let planned = try FormDate.parse(form.planned ?? "", field: "planned", in: try await request.organizationCalendar)
            guard let minutes = Int(form.minutes?.trimmingCharacters(in: .whitespaces) ?? ""), Activity.durationLimit.contains(minutes) else {
                throw FieldError(field: "minutes", code: .invalidValue,
                                 message: "minutes must be a whole number from 0 to \(Activity.durationLimit.upperBound)")
            }
            let subject = form.subject?.trimmingCharacters(in: .whitespacesAndNewlines)
            let new = ActivityLog.NewActivity(
                type: ActivityType(type), plannedDate: planned, durationMinutes: minutes,
                doneDate: form.done == "true" ? min(planned, request.now) : nil, subject: subject?.isEmpty == false ? subject : nil)
            _ = try await ActivityLog(database: request.db, organizationID: viewer.organizationID)
                .log(new, owner: viewer.id, actor: viewer.id, at: request.now)
            return request.redirect(to: "/activities")
        } catch let error as FieldError {
            return try await activitiesPage(request, error: error)
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
            throw APIError.notFound("activity")
        }
        guard entry.activity.ownerID == viewer.id else { throw APIError.notFound("activity") }
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
            return try await activitiesPage(request, error: error)
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
        do {
            guard let reason = form.reason, !reason.isEmpty else {
                throw FieldError(field: "reason", code: .required, message: "say why: choose a reason")
            }
            let newDate: Date?
            switch form.action {
            case "drop":
                newDate = nil
            case "move":
                guard let to = form.to, !to.isEmpty else {
                    throw FieldError(field: "to", code: .required, message: "choose the new date, or drop the activity")
                }
                newDate = try FormDate.parse(to, field: "to", in: try await request.organizationCalendar)
            default:
                throw FieldError(field: "action", code: .invalidValue, message: "choose move or drop")
            }
            _ = try await log.postpone(id, to: newDate, reason: ReasonCode(reason), actor: viewer.id, at: request.now)
            return request.redirect(to: "/activities")
        } catch let error as FieldError {
            return try await activitiesPage(request, error: error)
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
        guard let owner = try await log.ownerOfPostponement(id) else { throw APIError.notFound("postponement") }
        _ = try await request.visiblePerson(owner)
        guard let verdict = form.verdict.flatMap(ReviewVerdict.init(rawValue:)) else {
            throw APIError(.badRequest, code: "invalid_value", message: "verdict must be verified_obstacle or accepted_excuse", field: "verdict")
        }
        _ = try await log.review(id, verdict: verdict, note: nil, reviewer: viewer.id, at: request.now)
        let team = form.team.flatMap { Team.ID(uuidString: $0) }
        return request.redirect(to: team.map { "/teams/\($0)#postponements" } ?? "/people/\(owner)")
    }
}
