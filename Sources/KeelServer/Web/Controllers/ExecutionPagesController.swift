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
        try await request.analysisPage(ExecutionPage.Model.query) { ExecutionPage.render($0, context: $1) }
    }

    @Sendable
    static func activities(_ request: Request) async throws -> Response {
        try await activitiesPage(request)
    }

    static func activitiesPage(
        _ request: Request, notice: String? = nil, errors: [FieldError] = [], entered: ActivitiesPage.LogValues? = nil,
        postponing: ActivitiesPage.PostponeValues? = nil
    ) async throws -> Response {
        let model = try await ActivitiesPage.query(request, notice: notice, errors: errors, entered: entered, postponing: postponing)
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
        do {
            let new = try ActivityInput(type: form.type, planned: form.planned, minutes: form.minutes, subject: form.subject, done: form.done == "true")
                .newActivity(calendar: try await request.organizationCalendar, now: request.now)
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
        _ = try await log.ownEntry(id, for: try await request.policy())
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
        let id = try request.id("activityID", as: Activity.ID.self, entity: "activity")
        let viewer = try request.signedIn.person
        let log = ActivityLog(database: request.db, organizationID: viewer.organizationID)
        let policy = try await request.policy()
        _ = try await log.ownEntry(id, for: policy)
        let form = try request.content.decode(PostponeForm.self)
        do {
            _ = try await PostponementInput(action: form.action, to: form.to, reason: form.reason)
                .postpone(id, in: log, for: policy, calendar: try await request.organizationCalendar, at: request.now)
            return request.redirect(to: "/activities")
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await activitiesPage(
                request, errors: errors, postponing: ActivitiesPage.PostponeValues(activityID: id, to: form.to ?? "", reason: form.reason ?? ""))
        }
    }

    struct ReviewForm: Decodable {
        var verdict: String?
        var team: String?
        /// The review list as it was (narrowed, at its page), to return to.
        var `return`: String?
    }

    /// A manager (or leadership) reviews the postponement of someone in their reach, or changes
    /// the verdict given; the owner never reviews their own.
    @Sendable
    static func review(_ request: Request) async throws -> Response {
        let viewer = try request.signedIn.person
        let id = try request.id("postponementID", as: Postponement.ID.self, entity: "postponement")
        let form = try request.content.decode(ReviewForm.self)
        let log = ActivityLog(database: request.db, organizationID: viewer.organizationID)
        let policy = try await request.policy()
        let owner = try await log.postponedActivity(id, for: policy).postponement.ownerID
        guard let verdict = form.verdict.flatMap(ReviewVerdict.init(rawValue:)) else {
            let problem = FieldError(field: "verdict", code: .invalidValue, .chooseVerdict)
            // The problem is shown at the row of the list the buttons are on; a form that does not
            // say which team's list that was goes back to the owner's team, whose list holds it.
            var list = form.team.flatMap { Team.ID(uuidString: $0) }
            if list == nil { list = try await request.directory.person(owner)?.teamID }
            guard let team = list else { throw problem }
            return try await DirectoryPagesController.teamPage(request, id: team, refusedReview: .init(postponementID: id, errors: [problem]))
        }
        _ = try await log.review(id, verdict: verdict, note: nil, for: policy, at: request.now)
        let team = form.team.flatMap { Team.ID(uuidString: $0) }
        guard let list = form.return.flatMap(SessionPagesController.localPath) ?? team.map({ "/teams/\($0)#postponements" }) else {
            return request.redirect(to: "/people/\(owner)")
        }
        return request.redirect(to: keeping(id, in: list))
    }

    /// The review list the verdict came from, asked to keep the reviewed postponement in view:
    /// unreviewed ones sort first, so a verdict usually moves it off the page.
    static func keeping(_ id: Postponement.ID, in list: String) -> String {
        let fragment = list.firstIndex(of: "#").map { String(list[$0...]) } ?? ""
        let path = String(list.dropLast(fragment.count))
        return path + (path.contains("?") ? "&" : "?") + "reviewed=\(id)" + fragment
    }
}
