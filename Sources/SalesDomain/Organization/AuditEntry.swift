import Foundation

/// One line of a record's change history, as shown to administrators.
public struct AuditEntry: Hashable, Sendable {
    public var actorID: Person.ID?
    public var action: String
    /// JSON object of field → old/new value.
    public var changes: String
    public var occurredAt: Date

    public init(actorID: Person.ID?, action: String, changes: String, occurredAt: Date) {
        self.actorID = actorID
        self.action = action
        self.changes = changes
        self.occurredAt = occurredAt
    }
}
