/// The parent/child structure of an organization's teams, for subtree queries and cycle checks.
public struct TeamHierarchy: Sendable {
    private let parentOf: [Team.ID: Team.ID]
    private let childrenOf: [Team.ID: [Team.ID]]

    public init(_ teams: some Sequence<Team>) {
        var parentOf: [Team.ID: Team.ID] = [:]
        var childrenOf: [Team.ID: [Team.ID]] = [:]
        for team in teams {
            if let parent = team.parentID {
                parentOf[team.id] = parent
                childrenOf[parent, default: []].append(team.id)
            }
        }
        self.parentOf = parentOf
        self.childrenOf = childrenOf
    }

    /// The team and every team below it.
    public func subtree(of root: Team.ID) -> Set<Team.ID> {
        var seen: Set<Team.ID> = [root]
        var pending = [root]
        while let next = pending.popLast() {
            for child in childrenOf[next, default: []] where seen.insert(child).inserted {
                pending.append(child)
            }
        }
        return seen
    }

    /// The chain of parents from the team's parent up to its root, nearest first.
    /// Everyone in the team and every team below it, from each team's own count: the one rule
    /// behind every headcount a page shows.
    public func headcount(of root: Team.ID, ownMembers: [Team.ID: Int]) -> Int {
        subtree(of: root).reduce(0) { $0 + (ownMembers[$1] ?? 0) }
    }

    public func ancestors(of team: Team.ID) -> [Team.ID] {
        var chain: [Team.ID] = []
        var seen: Set<Team.ID> = [team]
        var current = parentOf[team]
        while let parent = current, seen.insert(parent).inserted {
            chain.append(parent)
            current = parentOf[parent]
        }
        return chain
    }

    /// Whether giving `team` the parent `newParent` would make the team its own ancestor.
    public func wouldCreateCycle(moving team: Team.ID, under newParent: Team.ID?) -> Bool {
        guard let newParent else { return false }
        return newParent == team || ancestors(of: newParent).contains(team)
    }
}
