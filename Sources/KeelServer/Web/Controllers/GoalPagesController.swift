import Foundation
import KeelStore
import SalesDomain
import Vapor

/// The goals and wins pages (SPEC §4): the goal tree, a goal added, changed, archived or given
/// its latest value, the team feed of wins, a win posted and a suggestion dismissed. Each reads
/// and writes through ``GoalStore`` and ``WinStore`` with the viewer's policy, as the API does.
enum GoalPagesController {
    static func register(on web: any RoutesBuilder) {
        web.on(.GET, "goals", access: .signedIn(.readOwnRecords), use: board)
        web.on(.GET, "goals", "new", access: .signedIn(.readOthers), use: newGoal)
        web.on(.POST, "goals", access: .signedIn(.readOthers), use: create)
        web.on(.GET, "goals", ":goalID", "edit", access: .signedIn(.readOthers), use: edit)
        web.on(.POST, "goals", ":goalID", access: .signedIn(.readOthers), use: update)
        web.on(.POST, "goals", ":goalID", "archive", access: .signedIn(.readOthers), use: archive)
        web.on(.POST, "goals", ":goalID", "value", access: .signedIn(.readOwnRecords), use: enterValue)
        web.on(.GET, "wins", access: .signedIn(.readOwnRecords), use: feed)
        web.on(.POST, "wins", access: .signedIn(.readOthers), use: post)
        web.on(.POST, "wins", "suggestions", ":key", "dismiss", access: .signedIn(.readOthers), use: dismiss)
    }

    /// What a redirect after a change says, by its `notice` parameter.
    enum Notice: String {
        case saved, archived, value, posted, dismissed

        var text: TextKey {
            switch self {
            case .saved: .goalSavedNotice
            case .archived: .goalArchivedNotice
            case .value: .goalValueNotice
            case .posted: .winPostedNotice
            case .dismissed: .winDismissedNotice
            }
        }
    }

    static func notice(_ request: Request) -> String? {
        guard let raw = try? request.query.get(String.self, at: "notice"), let notice = Notice(rawValue: raw) else { return nil }
        return Localizer(request.language)(notice.text)
    }

    // MARK: Goals

    @Sendable
    static func board(_ request: Request) async throws -> Response {
        let model = GoalsPage.Model(board: try await request.goals.board(for: try await request.policy()), notice: notice(request))
        return Layout.response(GoalsPage.render(model, context: try await PageContext.make(for: request)), for: request)
    }

    static func form(_ request: Request, id: Goal.ID?, values: [String: String], errors: [FieldError] = []) async throws -> Response {
        let model = GoalFormPage.Model(goalID: id, board: try await request.goals.board(for: try await request.policy()), values: values, errors: errors)
        return Layout.response(
            GoalFormPage.render(model, context: try await PageContext.make(for: request)), status: errors.isEmpty ? .ok : .unprocessableEntity,
            for: request)
    }

    @Sendable
    static func newGoal(_ request: Request) async throws -> Response {
        let calendar = try await request.organizationCalendar
        let today = calendar.day(containing: request.now)
        var values = ["start": today.description, "due": today.adding(days: 90).description, "weight": "1", "measure": "none"]
        if let parent = try? request.query.get(String.self, at: "parent") { values["parentID"] = parent }
        return try await form(request, id: nil, values: values)
    }

    @Sendable
    static func edit(_ request: Request) async throws -> Response {
        let id = try request.id("goalID", as: Goal.ID.self, entity: "goal")
        let entry = try await request.goals.entry(id, for: try await request.policy())
        guard entry.canEdit else { throw AccessRefused(.forbidden, entity: "goal", field: "goalID") }
        return try await form(request, id: id, values: GoalFormPage.values(of: entry.goal))
    }

    @Sendable
    static func create(_ request: Request) async throws -> Response {
        try await save(request, id: nil)
    }

    @Sendable
    static func update(_ request: Request) async throws -> Response {
        try await save(request, id: try request.id("goalID", as: Goal.ID.self, entity: "goal"))
    }

    static func save(_ request: Request, id: Goal.ID?) async throws -> Response {
        let fields = try request.content.decode([String: String].self)
        do {
            let (draft, unreadable) = try goalDraft(fields, editing: id != nil)
            _ = try await request.goals.save(draft, id: id, for: try await request.policy(), at: request.now, unreadable: unreadable)
            return request.redirect(to: "/goals?notice=saved")
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await form(request, id: id, values: fields, errors: errors.map(formField))
        }
    }

    /// The form's fields as a ``GoalDraft``, and every field that does not parse, which the store
    /// refuses together with the draft's own problems; only a missing owner stops here.
    static func goalDraft(_ fields: [String: String], editing: Bool) throws -> (draft: GoalDraft, unreadable: [FieldError]) {
        var problems = FieldErrors.Collector()
        let owner = problems.check { () throws(FieldError) -> GoalOwner in
            if editing { return .company }
            guard let owner = fields["owner"].flatMap(GoalNames.owner(value:)) else { throw FieldError(field: "owner", code: .required, .valueRequired) }
            return owner
        }
        guard let owner else { throw FieldErrors(problems.errors) }
        let start = problems.check { () throws(FieldError) in try day(fields["start"], field: "start") } ?? nil
        let due = problems.check { () throws(FieldError) in try day(fields["due"], field: "due") } ?? nil
        let parent = problems.check { () throws(FieldError) -> Goal.ID? in
            guard let raw = fields["parentID"], !raw.isEmpty else { return nil }
            guard let id = Goal.ID(uuidString: raw) else { throw FieldError(field: "parentID", code: .invalidFormat, .notAnID, ["value": raw]) }
            return id
        } ?? nil
        let weight = problems.check { () throws(FieldError) in try number(fields["weight"], field: "weight") ?? 1 }
        let target = problems.check { () throws(FieldError) in try number(fields["target"], field: "target") } ?? nil
        let measure: GoalDraft.Measure = switch fields["measure"] ?? "none" {
        case "none", "": .none
        case "manual": .manual(target: target, unit: fields["unit"] ?? "")
        case let kpi: .kpi(kpi, target: target)
        }
        let draft = GoalDraft(
            owner: owner, title: fields["title"] ?? "", start: start, due: due, parentID: parent, weight: weight ?? 1, measure: measure)
        return (draft, problems.errors)
    }

    static func day(_ text: String?, field: String) throws(FieldError) -> CalendarDay? {
        guard let text, !text.isEmpty else { return nil }
        return try GoalRequest.day(text, field: field)
    }

    /// A number as a Nordic reader types it (``TypedNumber``); `nil` for an empty field.
    static func number(_ text: String?, field: String) throws(FieldError) -> Double? {
        switch TypedNumber.read(text) {
        case .empty: return nil
        case .number(let value): return value
        case .notANumber: throw FieldError(field: field, code: .invalidFormat, .notANumber, ["value": text ?? ""])
        }
    }

    /// The form names what the API calls `level`, `teamID` and `personID` one field, `owner`,
    /// and the KPI is a choice of `measure`.
    static func formField(_ error: FieldError) -> FieldError {
        var error = error
        switch error.field {
        case "level", "teamID", "personID": error.field = "owner"
        case "kpi": error.field = "measure"
        default: break
        }
        return error
    }

    @Sendable
    static func archive(_ request: Request) async throws -> Response {
        let id = try request.id("goalID", as: Goal.ID.self, entity: "goal")
        do {
            try await request.goals.archive(id, for: try await request.policy(), at: request.now)
        } catch let error as FieldError where error.code == .conflict {
            let entry = try await request.goals.entry(id, for: try await request.policy())
            return try await form(request, id: id, values: GoalFormPage.values(of: entry.goal), errors: [error])
        }
        return request.redirect(to: "/goals?notice=archived")
    }

    @Sendable
    static func enterValue(_ request: Request) async throws -> Response {
        let id = try request.id("goalID", as: Goal.ID.self, entity: "goal")
        let fields = try request.content.decode([String: String].self)
        let value = try number(fields["value"], field: "value")
        guard let value else { throw FieldError(field: "value", code: .required, .valueRequired) }
        _ = try await request.goals.enterValue(value, goal: id, for: try await request.policy(), at: request.now)
        return request.redirect(to: "/goals?notice=value#goal-\(id)")
    }

    // MARK: Wins

    static func feedPage(_ request: Request, values: [String: String] = [:], errors: [FieldError] = []) async throws -> Response {
        let feed = try await request.wins.feed(team: try request.winTeamParameter(), for: try await request.policy(), asOf: request.now)
        let model = WinsPage.Model(
            feed: feed, calendar: try await request.organizationCalendar, values: values, errors: errors, notice: notice(request))
        return Layout.response(
            WinsPage.render(model, context: try await PageContext.make(for: request)), status: errors.isEmpty ? .ok : .unprocessableEntity,
            for: request)
    }

    @Sendable
    static func feed(_ request: Request) async throws -> Response {
        try await feedPage(request)
    }

    @Sendable
    static func post(_ request: Request) async throws -> Response {
        let fields = try request.content.decode([String: String].self)
        let subject = fields["subject"].flatMap(GoalNames.owner(value:))
        let source = fields["source"].flatMap(WinSuggestion.Source.init(key:))
        let draft = WinDraft(
            personID: subject?.personID, teamID: subject?.teamID, text: fields["text"] ?? "",
            goalID: { if case .goal(let id)? = source { id } else { nil } }(), dealID: { if case .deal(let id)? = source { id } else { nil } }())
        do {
            _ = try await request.wins.post(draft, for: try await request.policy(), at: request.now)
            return request.redirect(to: "/wins?notice=posted")
        } catch {
            guard let errors = [FieldError](refusal: error) else { throw error }
            return try await feedPage(request, values: fields, errors: errors.map { error in
                var error = error
                if ["personID", "teamID", "goalID", "dealID"].contains(error.field) { error.field = "subject" }
                return error
            })
        }
    }

    @Sendable
    static func dismiss(_ request: Request) async throws -> Response {
        guard let source = request.parameters.get("key").flatMap(WinSuggestion.Source.init(key:)) else {
            throw AccessRefused(.notFound, entity: "win suggestion", field: "key")
        }
        try await request.wins.dismiss(source, for: try await request.policy(), at: request.now)
        return request.redirect(to: "/wins?notice=dismissed")
    }
}
