import SalesDomain

/// Which people to list: always limited by the viewer's ``AccessScope``, then narrowed by filters.
public struct PeopleQuery: Hashable, Sendable {
    public var scope: AccessScope
    /// The viewer, whose own record is always in scope.
    public var viewerID: Person.ID?
    public var teamIDs: Set<Team.ID>?
    public var marketID: Market.ID?
    public var accessRole: AccessRole?
    public var includeInactive: Bool
    public var search: String?
    public var limit: Int
    public var offset: Int

    public init(
        scope: AccessScope, viewerID: Person.ID?, teamIDs: Set<Team.ID>? = nil, marketID: Market.ID? = nil,
        accessRole: AccessRole? = nil, includeInactive: Bool = false, search: String? = nil,
        limit: Int = 100, offset: Int = 0
    ) {
        self.scope = scope
        self.viewerID = viewerID
        self.teamIDs = teamIDs
        self.marketID = marketID
        self.accessRole = accessRole
        self.includeInactive = includeInactive
        self.search = search
        self.limit = limit
        self.offset = offset
    }
}

/// One page of a people listing, with the total that matched.
public struct PeoplePage: Hashable, Sendable {
    public var people: [Person]
    public var total: Int

    public init(people: [Person], total: Int) {
        self.people = people
        self.total = total
    }
}
