/// Says which group(s) each person's records count in: the "per person / team / market /
/// manager" of every execution analysis.
///
/// A person may belong to several groups at once, so one pass can report a team together with
/// every team above it (``byTeamAndParents(_:hierarchy:)``). People the grouping knows nothing
/// about are left out of the results. Grouping is by the people's *current* teams and markets;
/// attributing history to the team someone was in at the time would need ``TeamMembership``
/// periods and is not done here.
public struct PersonGrouping<Key: Hashable & Sendable>: Sendable {
    private let keysOf: @Sendable (Person.ID) -> [Key]

    /// Any rule, e.g. seller → their manager's person id.
    public init(_ keys: @escaping @Sendable (Person.ID) -> [Key]) {
        self.keysOf = keys
    }

    /// One group per person, from a table.
    public init(_ keyByPerson: [Person.ID: Key]) {
        self.keysOf = { person in keyByPerson[person].map { [$0] } ?? [] }
    }

    public func keys(for person: Person.ID) -> [Key] {
        keysOf(person)
    }
}

extension PersonGrouping where Key == Person.ID {
    /// Every person is their own group.
    public static var eachPerson: PersonGrouping<Person.ID> {
        PersonGrouping { [$0] }
    }
}

extension PersonGrouping where Key == Team.ID {
    /// Each person in their own team; people without a team are left out.
    public static func byTeam(_ people: some Sequence<Person>) -> PersonGrouping<Team.ID> {
        var table: [Person.ID: Team.ID] = [:]
        for person in people {
            if let team = person.teamID { table[person.id] = team }
        }
        return PersonGrouping(table)
    }

    /// Each person in their own team and in every team above it, so a manager's number covers
    /// their whole subtree, as their view does.
    public static func byTeamAndParents(_ people: some Sequence<Person>, hierarchy: TeamHierarchy) -> PersonGrouping<Team.ID> {
        var table: [Person.ID: [Team.ID]] = [:]
        for person in people {
            if let team = person.teamID { table[person.id] = [team] + hierarchy.ancestors(of: team) }
        }
        return PersonGrouping { [table] person in table[person] ?? [] }
    }
}

extension PersonGrouping where Key == Market.ID {
    /// Each person in their market; people without one are left out.
    public static func byMarket(_ people: some Sequence<Person>) -> PersonGrouping<Market.ID> {
        var table: [Person.ID: Market.ID] = [:]
        for person in people {
            if let market = person.marketID { table[person.id] = market }
        }
        return PersonGrouping(table)
    }
}

extension PersonGrouping where Key == Organization.ID {
    /// Everyone in one group: the organization-wide figure.
    public static func wholeOrganization(_ organization: Organization.ID) -> PersonGrouping<Organization.ID> {
        PersonGrouping { _ in [organization] }
    }
}
