import Foundation

/// A session as a coach plans it, before it is stored: checked field by field, every problem
/// at once. Whether the coach may coach the seller is the access policy's question
/// (``AccessPolicy/canCoach(_:)``), asked by the store.
public struct SessionPlan: Hashable, Sendable, Codable {
    public var sellerID: Person.ID
    public var type: CoachingSessionType
    public var scheduledAt: Date
    public var durationMinutes: Int
    public var focus: CoachingFocus?
    public var suggestion: SuggestionUse?

    public init(
        sellerID: Person.ID, type: CoachingSessionType, scheduledAt: Date, durationMinutes: Int, focus: CoachingFocus? = nil,
        suggestion: SuggestionUse? = nil
    ) {
        self.sellerID = sellerID
        self.type = type
        self.scheduledAt = scheduledAt
        self.durationMinutes = durationMinutes
        self.focus = focus
        self.suggestion = suggestion
    }

    /// A conversation of five minutes to a full working day.
    public static let durations = 5...480

    /// A duration outside ``durations``, at `durationMinutes`; checked on its own so a form can
    /// tell it beside the fields it could not read.
    public static func durationProblem(_ minutes: Int) -> FieldError? {
        guard !durations.contains(minutes) else { return nil }
        return FieldError(
            field: "durationMinutes", code: .invalidValue, .numberBetween,
            ["minimum": String(durations.lowerBound), "maximum": String(durations.upperBound)])
    }

    /// A focus the session's type does not take, at `focus`; checked on its own so a form can
    /// tell it beside the fields it could not read.
    public static func focusProblem(_ focus: CoachingFocus?, type: CoachingSessionType) -> FieldError? {
        guard let focus, !type.allows(focus) else { return nil }
        return FieldError(field: "focus", code: .invalidValue, .focusNotForSessionType, ["type": type.rawValue])
    }

    public func validated() throws(FieldErrors) -> SessionPlan {
        let problems = [Self.durationProblem(durationMinutes), Self.focusProblem(focus, type: type)].compactMap { $0 }
        if !problems.isEmpty { throw FieldErrors(problems) }
        return self
    }

    public func session(id: CoachingSession.ID, coachID: Person.ID) -> CoachingSession {
        CoachingSession(
            id: id, sellerID: sellerID, coachID: coachID, type: type, scheduledAt: scheduledAt, durationMinutes: durationMinutes,
            focus: focus, suggestion: suggestion)
    }
}
