import Foundation
import SalesDomain
import Vapor

/// What a coaching session, a suggestion or a next step is about, on the wire.
struct FocusResource: Content, Equatable {
    var kind: String
    var reference: String

    init(_ focus: CoachingFocus) {
        kind = focus.kind.rawValue
        reference = focus.reference
    }

    /// The focus it names; a kind or reference that does not fit is a problem with `field`.
    func focus(field: String) throws -> CoachingFocus {
        guard let kind = CoachingFocus.Kind(rawValue: kind) else {
            throw FieldError(field: field + ".kind", code: .invalidValue, .notOneOf,
                             ["value": kind, "choices": CoachingFocus.Kind.allCases.map(\.rawValue).joined(separator: ", ")])
        }
        guard let focus = CoachingFocus(kind: kind, reference: reference) else {
            throw FieldError(field: field + ".reference", code: .invalidValue, .notAnID, ["value": reference])
        }
        return focus
    }
}

struct SuggestionResource: Content {
    var type: String
    var focus: FocusResource?
    var reason: String
    var areaKey: String?

    init(_ suggestion: CoachingSuggestion) {
        type = suggestion.type.rawValue
        focus = suggestion.focus.map(FocusResource.init)
        reason = suggestion.reason.rawValue
        areaKey = suggestion.areaKey
    }
}

/// A session; `privateNotes` is `null` for everyone but the session's coach.
struct SessionResource: Content {
    struct SuggestionUseResource: Content {
        var suggested: SuggestionResource
        var taken: Bool
    }

    var id: UUID
    var sellerID: UUID
    var coachID: UUID
    var type: String
    var scheduledAt: Date
    var durationMinutes: Int
    var focus: FocusResource?
    var status: String
    var notes: String
    var privateNotes: String?
    var suggestion: SuggestionUseResource?
    var completedAt: Date?

    init(_ session: CoachingSession, viewer: Person.ID) {
        id = session.id.rawValue
        sellerID = session.sellerID.rawValue
        coachID = session.coachID.rawValue
        type = session.type.rawValue
        scheduledAt = session.scheduledAt
        durationMinutes = session.durationMinutes
        focus = session.focus.map(FocusResource.init)
        status = session.status.rawValue
        notes = session.notes
        privateNotes = session.coachID == viewer ? session.privateNotes : nil
        suggestion = session.suggestion.map { SuggestionUseResource(suggested: SuggestionResource($0.suggested), taken: $0.taken) }
        completedAt = session.completedAt
    }
}

struct ActionItemResource: Content {
    var id: UUID
    var sellerID: UUID
    var sessionID: UUID
    var text: String
    var ownerID: UUID
    var due: String
    var link: FocusResource?
    var status: String
    var carriedOver: Int
    var closedAt: Date?
    var overdue: Bool

    init(_ item: ActionItem, today: CalendarDay) {
        id = item.id.rawValue
        sellerID = item.sellerID.rawValue
        sessionID = item.sessionID.rawValue
        text = item.text
        ownerID = item.ownerID.rawValue
        due = item.due.description
        link = item.link.map(FocusResource.init)
        status = item.status.rawValue
        carriedOver = item.carriedOver
        closedAt = item.closedAt
        overdue = item.isOverdue(on: today)
    }
}

struct ShareResource: Content {
    var part: Int
    var whole: Int
    var rate: Double?

    init(_ share: CadenceReport.Share) {
        part = share.part
        whole = share.whole
        rate = share.rate
    }
}

struct CadencePolicyResource: Content {
    var minimumPerMonth: Int
    var maximumPerMonth: Int
    var maximumDaysBetween: Int

    init(_ policy: CadencePolicy) {
        minimumPerMonth = policy.minimumPerMonth
        maximumPerMonth = policy.maximumPerMonth
        maximumDaysBetween = policy.maximumDaysBetween
    }

    var policy: CadencePolicy {
        CadencePolicy(minimumPerMonth: minimumPerMonth, maximumPerMonth: maximumPerMonth, maximumDaysBetween: maximumDaysBetween)
    }
}

/// An agenda in every language, as an organization edits it.
struct AgendaResource: Content {
    struct Item: Content {
        var en: String?
        var sv: String?
        var nb: String?
    }

    var type: String
    var items: [Item]

    init(_ template: AgendaTemplate) {
        type = template.type.rawValue
        items = template.items.map { Item(en: $0.english, sv: $0.swedish, nb: $0.norwegianBokmal) }
    }
}
