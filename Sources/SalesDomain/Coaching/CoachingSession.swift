import Foundation

/// One coaching conversation between a coach (the seller's manager) and a seller: planned for a
/// moment, then completed — with its follow-up of earlier next steps and at least one new one —
/// or cancelled.
public struct CoachingSession: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<CoachingSession>

    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case planned, completed, cancelled
    }

    public var id: ID
    public var sellerID: Person.ID
    public var coachID: Person.ID
    public var type: CoachingSessionType
    public var scheduledAt: Date
    public var durationMinutes: Int
    public var focus: CoachingFocus?
    public var status: Status
    /// What both read afterwards.
    public var notes: String
    /// The coach's own notes: never shown to the seller, through any page, API or export.
    public var privateNotes: String
    /// Whether the session was planned from Keel's suggestion, and which one.
    public var suggestion: SuggestionUse?
    public var completedAt: Date?

    public init(
        id: ID, sellerID: Person.ID, coachID: Person.ID, type: CoachingSessionType, scheduledAt: Date, durationMinutes: Int,
        focus: CoachingFocus? = nil, status: Status = .planned, notes: String = "", privateNotes: String = "",
        suggestion: SuggestionUse? = nil, completedAt: Date? = nil
    ) {
        self.id = id
        self.sellerID = sellerID
        self.coachID = coachID
        self.type = type
        self.scheduledAt = scheduledAt
        self.durationMinutes = durationMinutes
        self.focus = focus
        self.status = status
        self.notes = notes
        self.privateNotes = privateNotes
        self.suggestion = suggestion
        self.completedAt = completedAt
    }

    /// The session as someone who is not its coach may read it.
    public var withoutPrivateNotes: CoachingSession {
        var copy = self
        copy.privateNotes = ""
        return copy
    }

    public var hours: Double { Double(durationMinutes) / 60 }
}

/// What the coach did with Keel's suggestion when planning: took it, or chose another session.
public struct SuggestionUse: Hashable, Sendable, Codable {
    public var suggested: CoachingSuggestion
    public var taken: Bool

    public init(suggested: CoachingSuggestion, taken: Bool) {
        self.suggested = suggested
        self.taken = taken
    }
}
