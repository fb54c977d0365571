/// The answer to an ``AuditQuery``: one window of events, how many matched in all, and the
/// people, teams and markets they name, so a page or file can show names without asking again.
public struct AuditLogReport: Hashable, Sendable {
    public var query: AuditQuery
    public var events: [AuditEvent]
    public var total: Int
    /// Actors and subjects of these events, and the people filtered on.
    public var people: [Person.ID: Person]
    /// What the ids in the events' values stand for today.
    public var names: AuditNames

    public init(query: AuditQuery, events: [AuditEvent], total: Int, people: [Person.ID: Person], names: AuditNames = .init()) {
        self.query = query
        self.events = events
        self.total = total
        self.people = people
        self.names = names
    }

    /// The name of a person the report mentions; `nil` for nobody.
    public func name(of id: Person.ID?) -> String? {
        id.map { people[$0]?.name ?? $0.description }
    }
}
