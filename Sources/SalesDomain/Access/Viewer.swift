/// The signed-in person, as far as authorization needs to know them.
public struct Viewer: Hashable, Sendable {
    public var personID: Person.ID
    public var organizationID: Organization.ID
    public var accessRole: AccessRole
    public var teamID: Team.ID?
    /// For leaders: the markets they lead; empty means the whole organization.
    public var leaderMarketIDs: Set<Market.ID>

    public init(
        personID: Person.ID, organizationID: Organization.ID, accessRole: AccessRole,
        teamID: Team.ID?, leaderMarketIDs: Set<Market.ID> = []
    ) {
        self.personID = personID
        self.organizationID = organizationID
        self.accessRole = accessRole
        self.teamID = teamID
        self.leaderMarketIDs = leaderMarketIDs
    }

    public init(_ person: Person) {
        self.init(
            personID: person.id, organizationID: person.organizationID, accessRole: person.accessRole,
            teamID: person.teamID, leaderMarketIDs: Set(person.leaderMarketIDs)
        )
    }
}
