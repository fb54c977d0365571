import Foundation
import SalesDomain
import Vapor

/// A goal as `GET /api/v1/goals` and `/api/v1/goals/{id}` give it: the goal, its progress and
/// what it rests on, and what the caller may do with it.
struct GoalResource: Content {
    struct Measure: Content {
        /// `manual` or `kpi`.
        var kind: String
        var kpi: String?
        var target: Double
        /// What `target` counts: a manual goal's own unit; for won value the reporting currency's code.
        var unit: String?
    }

    struct Progress: Content {
        /// 0…1; absent when there is nothing to rest it on.
        var fraction: Double?
        /// `measured` (value of target), `children` (weighted mean of `counted` of `children`) or `nothing`.
        var basis: String
        var value: Double?
        var target: Double?
        var counted: Int?
        var children: Int?
    }

    var id: UUID
    var level: String
    var teamID: UUID?
    var personID: UUID?
    var ownerName: String?
    var title: String
    var start: String
    var due: String
    var parentID: UUID?
    var weight: Double
    var measure: Measure?
    var latestValue: Double?
    var progress: Progress
    var depth: Int
    var canEdit: Bool
    var canEnterValue: Bool

    init(_ entry: GoalBoard.Entry, currency: ReportingCurrency) {
        let goal = entry.goal
        id = goal.id.rawValue
        level = goal.owner.level.rawValue
        teamID = goal.owner.teamID?.rawValue
        personID = goal.owner.personID?.rawValue
        ownerName = entry.ownerName
        title = goal.title
        start = goal.start.description
        due = goal.due.description
        parentID = goal.parentID?.rawValue
        weight = goal.weight
        measure = goal.measure.map { measure in
            switch measure {
            case .manual(let target, let unit): Measure(kind: "manual", target: target, unit: unit)
            case .kpi(let kpi, let target): Measure(kind: "kpi", kpi: kpi.rawValue, target: target, unit: kpi == .wonValue ? currency.code : nil)
            }
        }
        latestValue = goal.latestValue
        progress = switch entry.progress.basis {
        case .measured(let value, let target): Progress(fraction: entry.progress.fraction, basis: "measured", value: value, target: target)
        case .children(let counted, let children): Progress(fraction: entry.progress.fraction, basis: "children", counted: counted, children: children)
        case .nothing: Progress(basis: "nothing")
        }
        depth = entry.depth
        canEdit = entry.canEdit
        canEnterValue = entry.canEnterValue
    }
}

struct GoalBoardResource: Content {
    var goals: [GoalResource]
}

/// `POST /api/v1/goals` and `PUT /api/v1/goals/{id}` (where the level and owner are the goal's
/// own and may be left out).
struct GoalRequest: Content {
    struct Measure: Content {
        var kind: String
        var kpi: String?
        var target: Double?
        var unit: String?
    }

    var level: String?
    var teamID: UUID?
    var personID: UUID?
    var title: String
    var start: String
    var due: String
    var parentID: UUID?
    var weight: Double?
    var measure: Measure?

    /// The draft and every field that does not parse, which the store refuses together with
    /// the draft's own problems (``GoalDraft``'s rules); only an unreadable owner stops here,
    /// since no rule can be checked without it.
    func draft(editing: Bool) throws -> (draft: GoalDraft, unreadable: [FieldError]) {
        var problems = FieldErrors.Collector()
        let owner = problems.check { () throws(FieldError) -> GoalOwner in
            switch level {
            case nil where editing: return .company
            case "company": return .company
            case "team":
                guard let teamID else { throw FieldError(field: "teamID", code: .required, .valueRequired) }
                return .team(.init(teamID))
            case "individual":
                guard let personID else { throw FieldError(field: "personID", code: .required, .valueRequired) }
                return .person(.init(personID))
            default:
                throw FieldErrorFactory.invalid(field: "level", raw: level ?? "", allowed: GoalOwner.Level.allCases.map(\.rawValue))
            }
        }
        guard let owner else { throw FieldErrors(problems.errors) }
        let startDay = problems.check { () throws(FieldError) in try Self.day(start, field: "start") }
        let dueDay = problems.check { () throws(FieldError) in try Self.day(due, field: "due") }
        let parsedMeasure = problems.check { () throws(FieldError) -> GoalDraft.Measure in
            switch measure?.kind {
            case nil: return .none
            case "manual": return .manual(target: measure?.target, unit: measure?.unit ?? "")
            case "kpi": return .kpi(measure?.kpi ?? "", target: measure?.target)
            case let kind?: throw FieldErrorFactory.invalid(field: "measure.kind", raw: kind, allowed: ["manual", "kpi"])
            }
        }
        let draft = GoalDraft(
            owner: owner, title: title, start: startDay, due: dueDay, parentID: parentID.map(Goal.ID.init), weight: weight ?? 1,
            measure: parsedMeasure ?? .none)
        return (draft, problems.errors)
    }

    static func day(_ text: String, field: String) throws(FieldError) -> CalendarDay {
        guard let day = CalendarDay(text) else { throw FieldError(field: field, code: .invalidFormat, .notADate, ["value": text]) }
        return day
    }
}

/// `POST /api/v1/goals/{id}/values`: a manual goal's latest value.
struct GoalValueRequest: Content {
    var value: Double
}

/// A win in the feed.
struct WinResource: Content {
    var id: UUID
    var personID: UUID?
    var teamID: UUID?
    var subjectName: String
    var text: String
    var goalID: UUID?
    var goalTitle: String?
    var dealID: UUID?
    var postedBy: UUID
    var postedByName: String
    var postedAt: Date

    init(_ entry: WinFeed.Entry) {
        let win = entry.win
        id = win.id.rawValue
        switch win.subject {
        case .person(let person): personID = person.rawValue
        case .team(let team): teamID = team.rawValue
        }
        subjectName = entry.subjectName
        text = win.text
        goalID = win.goalID?.rawValue
        goalTitle = entry.goalTitle
        dealID = win.dealID?.rawValue
        postedBy = win.postedBy.rawValue
        postedByName = entry.postedByName
        postedAt = win.postedAt
    }
}

/// A win Keel suggests: `key` names it in the dismissal route and `deal`/`goal` link a posted win to it.
struct WinSuggestionResource: Content {
    var key: String
    var kind: String
    var dealID: UUID?
    var goalID: UUID?
    var personID: UUID?
    var teamID: UUID?
    var subjectName: String
    var title: String
    var value: Double?
    /// With `value`: the reporting currency's code it is in.
    var currency: String?
    var at: Date

    init(_ suggestion: WinSuggestion, currency: ReportingCurrency) {
        key = suggestion.source.key
        switch suggestion.source {
        case .deal(let id):
            kind = "deal"
            dealID = id.rawValue
        case .goal(let id):
            kind = "goal"
            goalID = id.rawValue
        }
        switch suggestion.subject {
        case .person(let id): personID = id.rawValue
        case .team(let id): teamID = id.rawValue
        }
        subjectName = suggestion.subjectName
        title = suggestion.title
        value = suggestion.value.map { NSDecimalNumber(decimal: $0).doubleValue }
        self.currency = suggestion.value == nil ? nil : currency.code
        at = suggestion.at
    }
}

struct WinFeedResource: Content {
    var team: UUID?
    var wins: [WinResource]
    var suggestions: [WinSuggestionResource]

    init(_ feed: WinFeed, currency: ReportingCurrency) {
        team = feed.team?.rawValue
        wins = feed.entries.map(WinResource.init)
        suggestions = feed.suggestions.map { WinSuggestionResource($0, currency: currency) }
    }
}

/// `POST /api/v1/wins`.
struct WinRequest: Content {
    var personID: UUID?
    var teamID: UUID?
    var text: String
    var goalID: UUID?
    var dealID: UUID?

    var draft: WinDraft {
        WinDraft(
            personID: personID.map(Person.ID.init), teamID: teamID.map(Team.ID.init), text: text, goalID: goalID.map(Goal.ID.init),
            dealID: dealID.map(Deal.ID.init))
    }
}
