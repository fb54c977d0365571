/// The people a calibration exercise can be set up with — the active people the viewer may read
/// (``AccessPolicy/canRead(_:)-(Person)``), so a market leader is offered their markets' people —
/// grouped by team in the team tree's order, and what choosing a whole team brings in.
///
/// **A chosen team brings in its subtree**: every candidate placed in the team or in any team
/// below it whom the viewer may read (``AccessPolicy/canRead(_:)-(Person)``). A team means its
/// subtree everywhere else in Keel — a headcount (``TeamHierarchy/headcount(of:ownMembers:)``), a
/// manager's reach, a heatmap's team row — so "everyone in Nordics" here is everyone below Nordics
/// too, and a leader who wants one sub-team alone chooses that sub-team (the form lists it under
/// its parent). Direct members only would make choosing a region mean ticking every leaf team.
/// People below the team whom the viewer may not read (a sub-team in a market a market leader
/// does not lead) are left out rather than refused, so such a team can still be chosen for the
/// part of it the viewer sees; a team the viewer may not read at all cannot be chosen.
public struct CalibrationCandidates: Hashable, Sendable {
    public struct Group: Hashable, Sendable {
        /// `nil`: the candidates placed in no team, the last group.
        public var team: Team?
        /// How far below a root of the listed tree the team sits; 0 for the group of no team.
        public var depth: Int
        /// The candidates placed in the team itself, in the order given.
        public var people: [Person]
        /// Who choosing the whole team brings in (``CalibrationCandidates/everyone(in:hierarchy:candidates:policy:)``),
        /// in the order given; empty when the team cannot be chosen.
        public var everyone: [Person]

        public init(team: Team?, depth: Int, people: [Person], everyone: [Person]) {
            self.team = team
            self.depth = depth
            self.people = people
            self.everyone = everyone
        }
    }

    /// The teams with a candidate in their subtree, each after its parent and its siblings by
    /// name; the candidates of no team last when there are any.
    public var groups: [Group]
    /// The active teams a choice is resolved against, by id.
    private var activeTeams: [Team.ID: Team]
    /// The teams the viewer may read.
    private var readableTeams: Set<Team.ID>
    /// Everyone given, the viewer's reach or not, so that a choice out of reach is named.
    private var everyoneGiven: [Person.ID: Person]

    /// - Parameters:
    ///   - people: the organization's active people, in the order each group lists them (by name,
    ///     say); those `policy` may not read are left out.
    ///   - teams: the organization's teams.
    ///   - policy: whose choice it is: who is offered, who a chosen team brings in, and which
    ///     teams may be chosen.
    public init(people given: [Person], teams: [Team], policy: AccessPolicy) {
        let people = given.filter { policy.canRead($0) }
        let active = teams.filter(\.isActive)
        let hierarchy = TeamHierarchy(active)
        let byID = Dictionary(teams.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let placed = Dictionary(grouping: people.filter { $0.teamID.map { byID[$0] != nil } ?? false }, by: { $0.teamID! })
        // A team is listed when someone is placed in it or below it.
        var listed = Set(placed.keys)
        for team in placed.keys {
            for ancestor in hierarchy.ancestors(of: team) where byID[ancestor] != nil { listed.insert(ancestor) }
        }
        let children = Dictionary(grouping: teams.filter { listed.contains($0.id) && $0.parentID.map(listed.contains) ?? false },
                                  by: { $0.parentID! })
        var groups: [Group] = []
        func add(_ team: Team, depth: Int) {
            let everyone = team.isActive && policy.canRead(team)
                ? Self.everyone(in: team.id, hierarchy: hierarchy, candidates: people, policy: policy) : []
            groups.append(Group(team: team, depth: depth, people: placed[team.id] ?? [], everyone: everyone))
            for child in (children[team.id] ?? []).sorted(by: Self.byName) { add(child, depth: depth + 1) }
        }
        for root in teams.filter({ listed.contains($0.id) && !($0.parentID.map(listed.contains) ?? false) }).sorted(by: Self.byName) {
            add(root, depth: 0)
        }
        let unplaced = people.filter { $0.teamID.map { byID[$0] == nil } ?? true }
        if !unplaced.isEmpty { groups.append(Group(team: nil, depth: 0, people: unplaced, everyone: [])) }
        self.groups = groups
        activeTeams = Dictionary(active.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        readableTeams = Set(teams.filter { policy.canRead($0) }.map(\.id))
        everyoneGiven = Dictionary(given.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The rule: the candidates placed in `team` or any team below it whom `policy` may read, in
    /// the order given.
    public static func everyone(in team: Team.ID, hierarchy: TeamHierarchy, candidates: [Person], policy: AccessPolicy) -> [Person] {
        let subtree = hierarchy.subtree(of: team)
        return candidates.filter { person in (person.teamID.map(subtree.contains) ?? false) && policy.canRead(person) }
    }

    /// Every candidate, in the order of the groups.
    public var people: [Person] { groups.flatMap(\.people) }

    /// The people the chosen teams bring in, each once, in the order of the groups; what cannot be
    /// chosen is told at `field`, all of it: a value that names no active team of the
    /// organization, a team the viewer may not read, a team that would bring in nobody.
    public func resolve(teams values: [String], field: String) -> (people: [Person], problems: [FieldError]) {
        resolve(teams: values, field: { _ in field })
    }

    /// As the `resolve(teams:field:)` above, each problem at the field `field` gives for its
    /// team (`nil` for a value that is no id), so a form can show it at that team's place.
    public func resolve(teams values: [String], field: (Team.ID?) -> String) -> (people: [Person], problems: [FieldError]) {
        var chosen: Set<Person.ID> = []
        var problems: [FieldError] = []
        var seen: Set<String> = []
        for value in values where seen.insert(value.lowercased()).inserted {
            let id = Team.ID(uuidString: value)
            guard let id, let team = activeTeams[id] else {
                problems.append(FieldError(field: field(id), code: .notFound, .calibrationUnknownTeam, ["id": value]))
                continue
            }
            guard readableTeams.contains(id) else {
                problems.append(FieldError(field: field(id), code: .invalidValue, .calibrationTeamOutOfReach, ["team": team.name]))
                continue
            }
            let everyone = groups.first { $0.team?.id == id }?.everyone ?? []
            guard !everyone.isEmpty else {
                problems.append(FieldError(field: field(id), code: .required, .calibrationTeamEmpty, ["team": team.name]))
                continue
            }
            chosen.formUnion(everyone.map(\.id))
        }
        return (people.filter { chosen.contains($0.id) }, problems)
    }

    /// The people chosen one by one, each once, in the order of the groups; what cannot be chosen
    /// is told at `field`, all of it: a value that names no active person given (`.notFound`), a
    /// person the viewer may not read, by name.
    public func resolve(people values: [String], field: String) -> (people: [Person], problems: [FieldError]) {
        let offered = Set(people.map(\.id))
        var chosen: Set<Person.ID> = []
        var problems: [FieldError] = []
        var seen: Set<String> = []
        for value in values where seen.insert(value.lowercased()).inserted {
            guard let id = Person.ID(uuidString: value), let person = everyoneGiven[id] else {
                problems.append(FieldError(field: field, code: .notFound, .calibrationUnknownPerson, ["id": value]))
                continue
            }
            guard offered.contains(id) else {
                problems.append(FieldError(field: field, code: .invalidValue, .calibrationPersonOutOfReach, ["person": person.name]))
                continue
            }
            chosen.insert(id)
        }
        return (people.filter { chosen.contains($0.id) }, problems)
    }

    private static func byName(_ a: Team, _ b: Team) -> Bool { (a.name, a.id.description) < (b.name, b.id.description) }
}
