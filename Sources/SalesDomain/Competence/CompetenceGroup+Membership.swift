extension CompetenceGroup {
    /// Whether `person` is one of the group's people as they are placed now; `subtree` is the
    /// team and every team below it for ``team(_:)`` (unused otherwise). The same placement the
    /// stored result rows follow, so a participant nobody has rated lands where their results
    /// would.
    public func contains(_ person: Person, subtree: Set<Team.ID> = []) -> Bool {
        switch self {
        case .team: person.teamID.map(subtree.contains) ?? false
        case .market(let market): person.marketID == market
        case .organization: true
        case .withoutTeam: person.teamID == nil
        case .withoutMarket: person.marketID == nil
        }
    }
}
