import Foundation

/// Someone in the sales organization: a seller, a manager, a leader or an administrator.
///
/// People are never deleted: deactivation keeps their history (assessments, activities, team moves)
/// and only stops them from signing in.
public struct Person: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<Person>

    public var id: ID
    public var organizationID: Organization.ID
    public var name: String
    /// Always stored lower-cased; unique across all organizations because it is the sign-in name.
    public var email: String
    public var jobRole: JobRole
    public var accessRole: AccessRole
    public var teamID: Team.ID?
    public var marketID: Market.ID?
    /// For leaders: the markets they lead. Empty means the whole organization.
    public var leaderMarketIDs: [Market.ID]
    public var language: Language?
    public var isActive: Bool
    public var deactivatedAt: Date?

    public init(
        id: ID, organizationID: Organization.ID, name: String, email: String, jobRole: JobRole,
        accessRole: AccessRole, teamID: Team.ID? = nil, marketID: Market.ID? = nil,
        leaderMarketIDs: [Market.ID] = [], language: Language? = nil, isActive: Bool = true,
        deactivatedAt: Date? = nil
    ) {
        self.id = id
        self.organizationID = organizationID
        self.name = name
        self.email = email
        self.jobRole = jobRole
        self.accessRole = accessRole
        self.teamID = teamID
        self.marketID = marketID
        self.leaderMarketIDs = leaderMarketIDs
        self.language = language
        self.isActive = isActive
        self.deactivatedAt = deactivatedAt
    }
}
