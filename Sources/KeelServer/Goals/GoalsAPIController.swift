import Foundation
import KeelStore
import SalesDomain
import Vapor

/// Goals and wins (SPEC §4) through the API: the goal tree with each goal's progress, goals
/// added, changed and archived, a manual goal's value entered, the team feed of wins, wins
/// posted, and Keel's win suggestions listed and dismissed. Who may do what is
/// ``AccessPolicy``'s (`AccessPolicy+Goals`), applied by ``GoalStore`` and ``WinStore``.
enum GoalsAPIController {
    static func register(on api: any RoutesBuilder) {
        api.on(.GET, "goals", access: .signedIn(.readOwnRecords), use: board)
        api.on(.POST, "goals", access: .signedIn(.readOthers), use: create)
        api.on(.GET, "goals", ":goalID", access: .signedIn(.readOwnRecords), use: goal)
        api.on(.PUT, "goals", ":goalID", access: .signedIn(.readOthers), use: update)
        api.on(.DELETE, "goals", ":goalID", access: .signedIn(.readOthers), use: archive)
        api.on(.POST, "goals", ":goalID", "values", access: .signedIn(.readOwnRecords), use: enterValue)
        api.on(.GET, "wins", access: .signedIn(.readOwnRecords), use: feed)
        api.on(.POST, "wins", access: .signedIn(.readOthers), use: post)
        api.on(.GET, "win-suggestions", access: .signedIn(.readOthers), use: suggestions)
        api.on(.POST, "win-suggestions", ":key", "dismissal", access: .signedIn(.readOthers), use: dismiss)
    }

    @Sendable
    static func board(_ request: Request) async throws -> GoalBoardResource {
        let currency = try await request.reportingCurrency
        return GoalBoardResource(goals: try await request.goals.board(for: try await request.policy()).entries.map {
            GoalResource($0, currency: currency)
        })
    }

    @Sendable
    static func goal(_ request: Request) async throws -> GoalResource {
        let id = try request.id("goalID", as: Goal.ID.self, entity: "goal")
        return GoalResource(try await request.goals.entry(id, for: try await request.policy()), currency: try await request.reportingCurrency)
    }

    @Sendable
    static func create(_ request: Request) async throws -> Response {
        let body = try request.content.decode(GoalRequest.self)
        let policy = try await request.policy()
        let store = try await request.goals
        let (draft, unreadable) = try body.draft(editing: false)
        let goal = try await store.save(draft, id: nil, for: policy, at: request.now, unreadable: unreadable)
        let response = Response(status: .created)
        try response.content.encode(GoalResource(try await store.entry(goal.id, for: policy), currency: try await request.reportingCurrency))
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/goals/\(goal.id)")
        return response
    }

    @Sendable
    static func update(_ request: Request) async throws -> GoalResource {
        let id = try request.id("goalID", as: Goal.ID.self, entity: "goal")
        let body = try request.content.decode(GoalRequest.self)
        let policy = try await request.policy()
        let store = try await request.goals
        let (draft, unreadable) = try body.draft(editing: true)
        _ = try await store.save(draft, id: id, for: policy, at: request.now, unreadable: unreadable)
        return GoalResource(try await store.entry(id, for: policy), currency: try await request.reportingCurrency)
    }

    @Sendable
    static func archive(_ request: Request) async throws -> HTTPStatus {
        let id = try request.id("goalID", as: Goal.ID.self, entity: "goal")
        try await request.goals.archive(id, for: try await request.policy(), at: request.now)
        return .noContent
    }

    @Sendable
    static func enterValue(_ request: Request) async throws -> GoalResource {
        let id = try request.id("goalID", as: Goal.ID.self, entity: "goal")
        let body = try request.content.decode(GoalValueRequest.self)
        let policy = try await request.policy()
        let store = try await request.goals
        _ = try await store.enterValue(body.value, goal: id, for: policy, at: request.now)
        return GoalResource(try await store.entry(id, for: policy), currency: try await request.reportingCurrency)
    }

    @Sendable
    static func feed(_ request: Request) async throws -> WinFeedResource {
        WinFeedResource(try await request.wins.feed(team: try request.winTeamParameter(), for: try await request.policy(), asOf: request.now),
                        currency: try await request.reportingCurrency)
    }

    @Sendable
    static func post(_ request: Request) async throws -> Response {
        let body = try request.content.decode(WinRequest.self)
        let policy = try await request.policy()
        let store = try await request.wins
        let win = try await store.post(body.draft, for: policy, at: request.now)
        let entry = try await store.feed(team: nil, for: policy, asOf: request.now).entries.first { $0.win.id == win.id }
        let response = Response(status: .created)
        try response.content.encode(WinResource(entry ?? WinFeed.Entry(win: win, subjectName: "", postedByName: "", goalTitle: nil)))
        return response
    }

    @Sendable
    static func suggestions(_ request: Request) async throws -> [WinSuggestionResource] {
        let currency = try await request.reportingCurrency
        return try await request.wins.suggestions(for: try await request.policy(), asOf: request.now).map { WinSuggestionResource($0, currency: currency) }
    }

    @Sendable
    static func dismiss(_ request: Request) async throws -> HTTPStatus {
        let key = request.parameters.get("key") ?? ""
        guard let source = WinSuggestion.Source(key: key) else {
            throw APIError(.badRequest, code: "invalid_value", .notAnID, ["value": key], field: "key")
        }
        try await request.wins.dismiss(source, for: try await request.policy(), at: request.now)
        return .noContent
    }
}

extension Request {
    var goals: GoalStore {
        get async throws {
            GoalStore(database: db, organizationID: try signedIn.person.organizationID, calendar: try await organizationCalendar)
        }
    }

    var wins: WinStore {
        get async throws {
            WinStore(database: db, organizationID: try signedIn.person.organizationID, calendar: try await organizationCalendar)
        }
    }

    /// The wins feed's `team` parameter; the whole reach when absent or empty.
    func winTeamParameter() throws -> Team.ID? {
        guard let text = try? query.get(String.self, at: "team"), !text.isEmpty else { return nil }
        guard let id = Team.ID(uuidString: text) else {
            throw APIError(.badRequest, code: "invalid_value", .notAnID, ["value": text], field: "team")
        }
        return id
    }
}
