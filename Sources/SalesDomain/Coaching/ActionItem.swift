import Foundation

/// A next step agreed in a coaching session: what, who does it, by when, and what it is about.
/// It stays open until a later session reviews it (or its owner marks it done).
public struct ActionItem: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<ActionItem>

    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case open, done
        /// Reviewed in a later session and closed without being done.
        case notDone = "not_done"
    }

    public var id: ID
    public var sellerID: Person.ID
    /// The session it was agreed in.
    public var sessionID: CoachingSession.ID
    public var text: String
    public var ownerID: Person.ID
    public var due: CalendarDay
    public var link: CoachingFocus?
    public var status: Status
    /// How many sessions have carried it over so far.
    public var carriedOver: Int
    public var closedAt: Date?

    public init(
        id: ID, sellerID: Person.ID, sessionID: CoachingSession.ID, text: String, ownerID: Person.ID, due: CalendarDay,
        link: CoachingFocus? = nil, status: Status = .open, carriedOver: Int = 0, closedAt: Date? = nil
    ) {
        self.id = id
        self.sellerID = sellerID
        self.sessionID = sessionID
        self.text = text
        self.ownerID = ownerID
        self.due = due
        self.link = link
        self.status = status
        self.carriedOver = carriedOver
        self.closedAt = closedAt
    }

    /// Open past its due date, as of `today`: highlighted for the seller and the coach.
    public func isOverdue(on today: CalendarDay) -> Bool {
        status == .open && due < today
    }
}
