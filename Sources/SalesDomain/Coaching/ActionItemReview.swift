/// How a session followed up one open next step from an earlier session.
public struct ActionItemReview: Hashable, Sendable, Codable {
    public enum Outcome: String, Hashable, Sendable, Codable, CaseIterable {
        case done
        case notDone = "not_done"
        /// Still worth doing: stays open, with a new due date when one is given.
        case carriedOver = "carried_over"
    }

    public var itemID: ActionItem.ID
    public var outcome: Outcome
    public var comment: String
    /// For a carried-over item: its new due date; `nil` keeps the old one.
    public var newDue: CalendarDay?

    public init(itemID: ActionItem.ID, outcome: Outcome, comment: String = "", newDue: CalendarDay? = nil) {
        self.itemID = itemID
        self.outcome = outcome
        self.comment = comment
        self.newDue = newDue
    }
}
