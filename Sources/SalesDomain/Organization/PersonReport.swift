/// A person's page for one viewer: their placement, team history and — for those who
/// administer the directory — the audit trail of changes to their record.
public struct PersonReport: Sendable {
    public var person: Person
    public var team: Team?
    public var market: Market?
    public var leaderMarkets: [Market]
    /// Oldest first, each with the name of its team.
    public var history: [(membership: TeamMembership, teamName: String)]
    /// The changes to the person's record and the passwords set for it, with the names its
    /// values refer to; `nil` when the viewer may not see it.
    public var audit: AuditLogReport?

    public init(
        person: Person, team: Team?, market: Market?, leaderMarkets: [Market],
        history: [(membership: TeamMembership, teamName: String)], audit: AuditLogReport?
    ) {
        self.person = person
        self.team = team
        self.market = market
        self.leaderMarkets = leaderMarkets
        self.history = history
        self.audit = audit
    }
}
