import Foundation
import KeelStore
import SalesDomain
import Vapor

/// The seller's plan and the manager's review list through the API: the same questions the
/// plan page (`/activities`) and the team page's review list ask (``ActivityListQuery``,
/// ``PostponementReviewQuery``), answered by ``ActivityLog`` for the caller's policy, and the
/// same writes with the same checks (``ActivityInput``, ``PostponementInput``).
enum ActivitiesAPIController {
    static func register(on api: any RoutesBuilder) {
        api.on(.GET, "activities", access: .signedIn(.readOwnRecords), use: list)
        api.on(.POST, "activities", access: .signedIn(.readOwnRecords), use: log)
        api.on(.POST, "activities", ":activityID", "done", access: .signedIn(.readOwnRecords), use: markDone)
        api.on(.POST, "activities", ":activityID", "postponements", access: .signedIn(.readOwnRecords), use: postpone)
        api.on(.GET, "postponements", access: .signedIn(.readOthers), use: reviewList)
        api.on(.PUT, "postponements", ":postponementID", "review", access: .signedIn(.readOthers), use: review)
    }

    static func activityLog(_ request: Request) throws -> ActivityLog {
        ActivityLog(database: request.db, organizationID: try request.signedIn.person.organizationID)
    }

    /// A uuid query parameter; one that does not read as a uuid is a malformed request.
    static func uuid(_ request: Request, _ name: String) throws -> UUID? {
        guard let text = request.query[String.self, at: name], !text.isEmpty else { return nil }
        guard let id = UUID(uuidString: text) else { throw APIError.malformed(name, .notAnID, ["value": text]) }
        return id
    }

    /// `person` or `team`, not both.
    static func subject(_ request: Request) throws -> (person: Person.ID?, team: Team.ID?) {
        let person = try uuid(request, "person").map(Person.ID.init)
        let team = try uuid(request, "team").map(Team.ID.init)
        if person != nil, team != nil {
            throw APIError(.badRequest, code: "invalid_value", .requestNotValid, field: "team")
        }
        return (person, team)
    }

    @Sendable
    static func list(_ request: Request) async throws -> ActivityListResource {
        let calendar = try await request.organizationCalendar
        let (person, team) = try subject(request)
        let plan = ActivityListQuery.planWeeks(asOf: request.now, calendar: calendar)
        let weeks = try AnalysisPeriod.weeks(request, calendar: calendar, defaultTo: plan.upperBound,
                                             defaultCount: ISOWeek.all(in: plan).count)
        let window = try ListWindow(request, defaultLimit: 100, maximumLimit: 1000)
        let owners: ActivityListQuery.Owners = person.map { .person($0) } ?? team.map { .team($0) } ?? .viewer
        let query = ActivityListQuery(owners: owners, weeks: weeks, limit: window.limit, offset: window.offset)
        let page = try await activityLog(request).entries(query, for: try await request.policy(), calendar: calendar)
        let catalog = try await request.reasonCatalog
        let text = try await request.localizer
        return ActivityListResource(
            items: page.entries.map { ActivityResource($0, catalog: catalog, text: text, calendar: calendar) },
            total: page.total, limit: window.limit, offset: window.offset,
            from: weeks.lowerBound.description, to: weeks.upperBound.description)
    }

    @Sendable
    static func log(_ request: Request) async throws -> Response {
        let body = try request.content.decode(LogActivityRequest.self)
        let calendar = try await request.organizationCalendar
        let viewer = try request.signedIn.person
        let new = try body.input.newActivity(calendar: calendar, now: request.now)
        let log = try activityLog(request)
        let activity = try await log.log(new, owner: viewer.id, actor: viewer.id, at: request.now)
        let response = Response(status: .created)
        try response.content.encode(
            ActivityResource(try await log.entry(activity.id), catalog: try await request.reasonCatalog, text: try await request.localizer, calendar: calendar),
            as: .json)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/activities/\(activity.id)")
        return response
    }

    @Sendable
    static func markDone(_ request: Request) async throws -> ActivityResource {
        let id = try request.id("activityID", as: Activity.ID.self, entity: "activity")
        let log = try activityLog(request)
        let policy = try await request.policy()
        _ = try await log.ownEntry(id, for: policy)
        _ = try await log.markDone(id, on: request.now, actor: policy.viewer.personID, at: request.now)
        return ActivityResource(try await log.entry(id), catalog: try await request.reasonCatalog, text: try await request.localizer,
                                calendar: try await request.organizationCalendar)
    }

    @Sendable
    static func postpone(_ request: Request) async throws -> Response {
        let id = try request.id("activityID", as: Activity.ID.self, entity: "activity")
        let log = try activityLog(request)
        let policy = try await request.policy()
        _ = try await log.ownEntry(id, for: policy)
        let body = try request.content.decode(PostponeActivityRequest.self)
        let calendar = try await request.organizationCalendar
        let postponement = try await PostponementInput(action: body.action, to: body.to, reason: body.reason)
            .postpone(id, in: log, for: policy, calendar: calendar, at: request.now)
        let response = Response(status: .created)
        try response.content.encode(
            ActivityResource(try await log.entry(id), catalog: try await request.reasonCatalog, text: try await request.localizer, calendar: calendar),
            as: .json)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/postponements/\(postponement.id)")
        return response
    }

    @Sendable
    static func reviewList(_ request: Request) async throws -> PostponementListResource {
        let (person, team) = try subject(request)
        let filter = try PostponementReviewFilter(request)
        let window = try ListWindow(request, defaultLimit: 50, maximumLimit: 500)
        let owners: PostponementReviewQuery.Owners = person.map { .person($0) } ?? team.map { .team($0) } ?? .reach
        let page = try await activityLog(request).reviewList(
            PostponementReviewQuery(
                owners: owners, reason: filter.reason, status: filter.status,
                loggedIn: try loggedDays(request).map { PostponementReviewQuery.loggedWithin(days: $0, before: request.now) },
                plannedIn: try await request.plannedWeeksParameter(), limit: window.limit, offset: window.offset),
            for: try await request.policy())
        let catalog = try await request.reasonCatalog
        let calendar = try await request.organizationCalendar
        return PostponementListResource(
            items: page.items.map {
                PostponementResource($0.postponement, activityType: $0.activityType, catalog: catalog, language: request.language, calendar: calendar)
            },
            total: page.total, unreviewed: page.unreviewed, limit: window.limit, offset: window.offset)
    }

    /// `days`: the review list of those logged in the last so many days (the team page asks 30).
    static func loggedDays(_ request: Request) throws -> Int? {
        guard let text = request.query[String.self, at: "days"], !text.isEmpty else { return nil }
        guard let days = Int(text) else { throw APIError.malformed("days", .notAWholeNumber, ["value": text]) }
        guard (1...3660).contains(days) else {
            throw APIError(.unprocessableEntity, code: "invalid_value", .numberBetween, ["minimum": "1", "maximum": "3660"], field: "days")
        }
        return days
    }

    @Sendable
    static func review(_ request: Request) async throws -> PostponementResource {
        let id = try request.id("postponementID", as: Postponement.ID.self, entity: "postponement")
        let log = try activityLog(request)
        let policy = try await request.policy()
        let postponed = try await log.postponedActivity(id, for: policy)
        let (verdict, note) = try request.content.decode(ReviewPostponementRequest.self).parsed()
        let reviewed = try await log.review(id, verdict: verdict, note: note, for: policy, at: request.now)
        return PostponementResource(reviewed, activityType: postponed.activityType, catalog: try await request.reasonCatalog,
                                    language: request.language, calendar: try await request.organizationCalendar)
    }
}

extension Request {
    /// The organization's reason catalog, for naming reasons.
    var reasonCatalog: ReasonCatalog {
        get async throws {
            try await OrganizationSettings(database: db, organizationID: try signedIn.person.organizationID).reasonCatalog()
        }
    }
}
