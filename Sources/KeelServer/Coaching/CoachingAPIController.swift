import Foundation
import KeelStore
import SalesDomain
import Vapor

/// Coaching (SPEC §4) through the API: the coaching screen's one query, sessions planned, read,
/// completed and cancelled, next steps marked done, and the organization's rhythm and agendas.
/// Who may do what is ``AccessPolicy``'s (managers coach their subtree; sellers read their own;
/// leaders see the rhythm, never the conversations), applied by ``CoachingStore``.
enum CoachingAPIController {
    static func register(on api: any RoutesBuilder) {
        let coaching = api.grouped("coaching")
        coaching.on(.GET, access: .signedIn(.readOwnRecords), use: overview)
        coaching.on(.GET, "sessions", access: .signedIn(.readOwnRecords), use: sessions)
        coaching.on(.POST, "sessions", access: .signedIn(.readOthers), use: plan)
        coaching.on(.GET, "sessions", ":sessionID", access: .signedIn(.readOwnRecords), use: session)
        coaching.on(.POST, "sessions", ":sessionID", "completion", access: .signedIn(.readOthers), use: complete)
        coaching.on(.POST, "sessions", ":sessionID", "cancellation", access: .signedIn(.readOthers), use: cancel)
        coaching.on(.GET, "action-items", access: .signedIn(.readOwnRecords), use: actionItems)
        coaching.on(.PUT, "action-items", ":itemID", "status", access: .signedIn(.readOwnRecords), use: setItemStatus)
        coaching.on(.GET, "cadence-policy", access: .signedIn(.readOwnRecords), use: cadencePolicy)
        coaching.on(.PUT, "cadence-policy", access: .signedIn(.configureRules), use: setCadencePolicy)
        coaching.on(.GET, "agendas", access: .signedIn(.readOwnRecords), use: agendas)
        coaching.on(.PUT, "agendas", ":type", access: .signedIn(.configureRules), use: setAgenda)
    }

    @Sendable
    static func overview(_ request: Request) async throws -> CoachingResource {
        let overview = try await request.coaching.overview(
            try await request.coachingQuery(defaultLimit: 100, maximumLimit: 1000), for: try await request.policy())
        return CoachingResource(overview, viewer: try request.signedIn.person.id, language: request.language)
    }

    @Sendable
    static func sessions(_ request: Request) async throws -> [SessionResource] {
        let seller = try request.sellerParameter()
        let viewer = try request.signedIn.person.id
        return try await request.coaching.sessions(of: seller, for: try await request.policy()).map { SessionResource($0, viewer: viewer) }
    }

    @Sendable
    static func plan(_ request: Request) async throws -> Response {
        let body = try request.content.decode(PlanSessionRequest.self)
        let session = try await request.coaching.plan(try body.plan(), for: try await request.policy(), at: request.now)
        let response = Response(status: .created)
        try response.content.encode(SessionResource(session, viewer: try request.signedIn.person.id))
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/coaching/sessions/\(session.id)")
        return response
    }

    @Sendable
    static func session(_ request: Request) async throws -> SessionScreenResource {
        let id = try request.id("sessionID", as: CoachingSession.ID.self, entity: "coaching session")
        let screen = try await request.coaching.sessionScreen(id, for: try await request.policy(), asOf: request.now)
        return SessionScreenResource(
            screen, viewer: try request.signedIn.person.id, today: try await request.organizationCalendar.day(containing: request.now),
            language: request.language, currency: try await request.reportingCurrency)
    }

    @Sendable
    static func complete(_ request: Request) async throws -> SessionResource {
        let id = try request.id("sessionID", as: CoachingSession.ID.self, entity: "coaching session")
        let body = try request.content.decode(CompleteSessionRequest.self)
        let session = try await request.coaching.complete(id, with: try body.completion(), for: try await request.policy(), at: request.now)
        return SessionResource(session, viewer: try request.signedIn.person.id)
    }

    @Sendable
    static func cancel(_ request: Request) async throws -> SessionResource {
        let id = try request.id("sessionID", as: CoachingSession.ID.self, entity: "coaching session")
        let session = try await request.coaching.cancel(id, for: try await request.policy(), at: request.now)
        return SessionResource(session, viewer: try request.signedIn.person.id)
    }

    @Sendable
    static func actionItems(_ request: Request) async throws -> [ActionItemResource] {
        let today = try await request.organizationCalendar.day(containing: request.now)
        return try await request.coaching.openItems(of: try request.sellerParameter(), for: try await request.policy())
            .map { ActionItemResource($0, today: today) }
    }

    @Sendable
    static func setItemStatus(_ request: Request) async throws -> ActionItemResource {
        let id = try request.id("itemID", as: ActionItem.ID.self, entity: "action item")
        let body = try request.content.decode(ActionItemStatusRequest.self)
        guard ["done", "open"].contains(body.status) else {
            throw FieldError(field: "status", code: .invalidValue, .notOneOf, ["value": body.status, "choices": "done, open"])
        }
        let item = try await request.coaching.setItem(id, done: body.status == "done", for: try await request.policy(), at: request.now)
        return ActionItemResource(item, today: try await request.organizationCalendar.day(containing: request.now))
    }

    @Sendable
    static func cadencePolicy(_ request: Request) async throws -> CadencePolicyResource {
        CadencePolicyResource(try await request.organizationSettings.cadencePolicy())
    }

    @Sendable
    static func setCadencePolicy(_ request: Request) async throws -> CadencePolicyResource {
        let body = try request.content.decode(CadencePolicyResource.self)
        let settings = try request.organizationSettings
        try await settings.setCadencePolicy(body.policy, by: try request.signedIn.person.id, at: request.now)
        return CadencePolicyResource(try await settings.cadencePolicy())
    }

    @Sendable
    static func agendas(_ request: Request) async throws -> [AgendaResource] {
        try await request.coaching.agendas().map(AgendaResource.init)
    }

    @Sendable
    static func setAgenda(_ request: Request) async throws -> AgendaResource {
        guard let type = request.parameters.get("type").flatMap(CoachingSessionType.init(rawValue:)) else {
            throw APIError.notFound(field: "type")
        }
        let body = try request.content.decode(AgendaResource.self)
        let template = AgendaTemplate(type: type, items: body.items.map { LocalizedText(english: $0.en, swedish: $0.sv, norwegianBokmal: $0.nb) })
        return AgendaResource(try await request.coaching.saveAgenda(template, actor: try request.signedIn.person.id, at: request.now))
    }
}

extension Request {
    var coaching: CoachingStore {
        get async throws {
            CoachingStore(
                database: db, organizationID: try signedIn.person.organizationID, calendar: try await organizationCalendar,
                kept: application.keel.keptScreens)
        }
    }

    /// `scope`, `from` and `to` as the coaching screen reads them: by default the viewer's own
    /// scope over the three whole months before this one.
    func coachingQuery(defaultLimit: Int, maximumLimit: Int) async throws -> CoachingQuery {
        let calendar = try await organizationCalendar
        let months = try AnalysisPeriod.months(self, calendar: calendar, defaultTo: calendar.month(containing: now).adding(months: -1), count: 3)
        let window = try ListWindow(self, defaultLimit: defaultLimit, maximumLimit: maximumLimit)
        return CoachingQuery(scope: try analysisScope(), months: months, asOf: now, page: ListPage(offset: window.offset, limit: window.limit))
    }

    /// The `seller` query parameter; the viewer themself when absent.
    func sellerParameter() throws -> Person.ID {
        guard let text = try? query.get(String.self, at: "seller") else { return try signedIn.person.id }
        guard let id = Person.ID(uuidString: text) else {
            throw APIError(.badRequest, code: "invalid_value", .notAnID, ["value": text], field: "seller")
        }
        return id
    }
}
