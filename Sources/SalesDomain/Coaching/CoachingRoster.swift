/// Who coaches whom: each active seller's (access role seller, as in the diagnosis) coach is a manager of their own team, else of the
/// nearest team above it that has one (a team without its own manager is coached from above).
/// Several managers of one team: the first by name, so the answer does not depend on storage order.
public struct CoachingRoster: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var sellerID: Person.ID
        public var coachID: Person.ID?
    }

    public private(set) var entries: [Entry]

    public init(people: [Person], hierarchy: TeamHierarchy) {
        var managersByTeam: [Team.ID: Person] = [:]
        for person in people where person.isActive && person.accessRole == .manager {
            guard let team = person.teamID else { continue }
            if let current = managersByTeam[team], (current.name, current.id) <= (person.name, person.id) { continue }
            managersByTeam[team] = person
        }
        entries = people.filter { $0.isActive && $0.accessRole == .seller }.map { seller in
            let chain = seller.teamID.map { [$0] + hierarchy.ancestors(of: $0) } ?? []
            let coach = chain.lazy.compactMap { managersByTeam[$0] }.first { $0.id != seller.id }
            return Entry(sellerID: seller.id, coachID: coach?.id)
        }
    }

    /// The entries of these sellers only (a scope's), each keeping the coach found above it.
    public func restricted(to sellers: Set<Person.ID>) -> CoachingRoster {
        var copy = self
        copy.entries = entries.filter { sellers.contains($0.sellerID) }
        return copy
    }

    public func coach(of seller: Person.ID) -> Person.ID? {
        entries.first { $0.sellerID == seller }?.coachID
    }

    public func sellers(coachedBy coach: Person.ID) -> [Person.ID] {
        entries.filter { $0.coachID == coach }.map(\.sellerID)
    }
}
