import Foundation

/// The audit page's and API's one question: the organization's audit events matching every
/// filter given, newest first, one window at a time.
public struct AuditQuery: Hashable, Sendable {
    /// Events concerning this person: about them (`subject`), or on their own record.
    public var person: Person.ID?
    public var actor: Person.ID?
    public var kind: AuditKind?
    /// From this moment, included.
    public var from: Date?
    /// Up to this moment, excluded.
    public var before: Date?
    public var limit: Int
    public var offset: Int

    public static let pageSize = 50

    public init(
        person: Person.ID? = nil, actor: Person.ID? = nil, kind: AuditKind? = nil, from: Date? = nil, before: Date? = nil,
        limit: Int = AuditQuery.pageSize, offset: Int = 0
    ) {
        self.person = person
        self.actor = actor
        self.kind = kind
        self.from = from
        self.before = before
        self.limit = limit
        self.offset = offset
    }
}
