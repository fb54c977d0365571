/// Who a competence heatmap's cells rest on: the cycle's participants, each counted in the row
/// they fall in whether or not anyone has rated them yet (issue 13, item 5). A cell then says
/// "rated / in scope", and a row whose people nobody has rated still shows, with 0 rated.
public enum HeatmapScope {
    /// The row `person` is counted in, or `nil` when they are in none of `rows`.
    ///
    /// Rule (the tallies' rule, so the two counts add up alike):
    /// - `markets`: the person's market; without one, ``HeatmapGroup/unassigned``.
    /// - `teams(under: p)`: the sub-team of `p` whose subtree holds the person's team; `p` itself
    ///   for its own members; with `p` `nil`, the top-level team above the person's team, and
    ///   ``HeatmapGroup/unassigned`` for people without a team. Anyone outside `p`'s subtree is in
    ///   no row.
    public static func group(of person: Person, rows: HeatmapRows, parentOf: [Team.ID: Team.ID]) -> HeatmapGroup? {
        switch rows {
        case .markets:
            return person.marketID.map(HeatmapGroup.market) ?? .unassigned
        case .teams(let parent):
            guard var team = person.teamID else { return parent == nil ? .unassigned : nil }
            var seen: Set<Team.ID> = [team]
            while team != parent {
                guard let up = parentOf[team] else { return parent == nil ? .team(team) : nil }
                if up == parent { return .team(team) }
                // A cycle in the team tree is a broken record; count the person nowhere.
                guard seen.insert(up).inserted else { return nil }
                team = up
            }
            return .team(team)
        }
    }

    /// Whether a cycle's participant is in a heatmap's scope. A deactivated person is no longer
    /// someone to assess, so they count only if the cycle rated them: deactivation keeps every
    /// record, their levels stay in the cells, and a cell's rated count never exceeds its scope.
    public static func isInScope(_ person: Person, rated: Bool) -> Bool {
        person.isActive || rated
    }

    /// People per row of `rows`: the "in scope" of each cell, before anyone is rated.
    public static func counts(of people: some Sequence<Person>, rows: HeatmapRows, teams: [Team]) -> [HeatmapGroup: Int] {
        let parentOf = parents(teams)
        var counts: [HeatmapGroup: Int] = [:]
        for person in people {
            if let group = group(of: person, rows: rows, parentOf: parentOf) { counts[group, default: 0] += 1 }
        }
        return counts
    }

    /// The job role most of `people` hold, which the heatmap shows when no role was asked for:
    /// role profiles set targets per role, so one role's cells share their targets and a gap
    /// means the same in every row. Ties go to the role listed first in ``JobRole``; `nil` for
    /// nobody.
    public static func mostCommonRole(among people: some Sequence<Person>) -> JobRole? {
        var counts: [JobRole: Int] = [:]
        for person in people { counts[person.jobRole, default: 0] += 1 }
        var best: (role: JobRole, count: Int)?
        for role in JobRole.allCases {
            if let count = counts[role], count > best?.count ?? 0 { best = (role, count) }
        }
        return best?.role
    }

    /// Each team's parent, for ``group(of:rows:parentOf:)``.
    public static func parents(_ teams: [Team]) -> [Team.ID: Team.ID] {
        Dictionary(teams.compactMap { team in team.parentID.map { (team.id, $0) } }, uniquingKeysWith: { first, _ in first })
    }
}
