import Foundation

/// One line of the audit log: who did what to which record, about whom, when, with the values
/// before and after (never a password or a secret).
public struct AuditEvent: Hashable, Sendable, Codable {
    public typealias ID = Identifier<AuditEvent>

    public struct Change: Hashable, Sendable, Codable {
        public var old: String?
        public var new: String?

        public init(old: String?, new: String?) {
            self.old = old
            self.new = new
        }
    }

    public var id: ID
    public var occurredAt: Date
    /// `nil` when nobody signed in did it: the command line, or a failed sign-in.
    public var actorID: Person.ID?
    /// The raw stored kind, kept as stored so an event of a kind this release does not name still reads.
    public var kind: String
    public var entityID: UUID
    /// The person the event concerns, if any.
    public var subjectID: Person.ID?
    public var action: String
    public var changes: [String: Change]

    public init(
        id: ID, occurredAt: Date, actorID: Person.ID?, kind: String, entityID: UUID, subjectID: Person.ID?, action: String,
        changes: [String: Change]
    ) {
        self.id = id
        self.occurredAt = occurredAt
        self.actorID = actorID
        self.kind = kind
        self.entityID = entityID
        self.subjectID = subjectID
        self.action = action
        self.changes = changes
    }
}
