/// The goals screen (web page and `GET /api/v1/goals`): the goals a viewer reads, as a tree from
/// the company's down to individual ones, each with its progress and what it rests on, and what
/// the viewer may do with it.
public struct GoalBoard: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var goal: Goal
        public var progress: GoalProgress
        /// The team's or person's name; `nil` for a company goal.
        public var ownerName: String?
        /// 0 for a goal whose parent the viewer does not read (or that has none).
        public var depth: Int
        public var canEdit: Bool
        public var canEnterValue: Bool

        public init(goal: Goal, progress: GoalProgress, ownerName: String?, depth: Int, canEdit: Bool, canEnterValue: Bool) {
            self.goal = goal
            self.progress = progress
            self.ownerName = ownerName
            self.depth = depth
            self.canEdit = canEdit
            self.canEnterValue = canEnterValue
        }
    }

    /// Depth first: each goal followed by its children, company goals before team goals before
    /// individual ones, then by due date and title.
    public var entries: [Entry]
    /// Who the viewer may set goals for, for the form's choices.
    public var writableOwners: [OwnerChoice]

    public struct OwnerChoice: Hashable, Sendable {
        public var owner: GoalOwner
        public var name: String?

        public init(owner: GoalOwner, name: String?) {
            self.owner = owner
            self.name = name
        }
    }

    public init(entries: [Entry], writableOwners: [OwnerChoice]) {
        self.entries = entries
        self.writableOwners = writableOwners
    }

    /// The goals in the board's order, each with its depth (see ``entries``).
    public static func treeOrder(_ goals: [Goal]) -> [(goal: Goal, depth: Int)] {
        let ids = Set(goals.map(\.id))
        var children: [Goal.ID: [Goal]] = [:]
        var roots: [Goal] = []
        for goal in goals {
            if let parent = goal.parentID, ids.contains(parent) { children[parent, default: []].append(goal) } else { roots.append(goal) }
        }
        func sorted(_ goals: [Goal]) -> [Goal] {
            goals.sorted { ($0.owner.level, $0.due, $0.title, $0.id) < ($1.owner.level, $1.due, $1.title, $1.id) }
        }
        var order: [(Goal, Int)] = []
        var seen: Set<Goal.ID> = []
        func visit(_ goal: Goal, depth: Int) {
            guard seen.insert(goal.id).inserted else { return }
            order.append((goal, depth))
            for child in sorted(children[goal.id] ?? []) { visit(child, depth: depth + 1) }
        }
        for root in sorted(roots) { visit(root, depth: 0) }
        return order
    }
}
