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
    /// The person's diagnosis, coaching, competence results and practice plan the viewer may open.
    public var pages: PersonPages

    public init(
        person: Person, team: Team?, market: Market?, leaderMarkets: [Market],
        history: [(membership: TeamMembership, teamName: String)], audit: AuditLogReport?,
        pages: PersonPages = PersonPages(diagnosis: false, coaching: false, practice: false, competenceCycle: nil)
    ) {
        self.person = person
        self.team = team
        self.market = market
        self.leaderMarkets = leaderMarkets
        self.history = history
        self.audit = audit
        self.pages = pages
    }
}
