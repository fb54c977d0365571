/// What the rows of a competence heatmap are: the one name for it in the domain, the store, the
/// API (`rows=teams&team=…`) and the page.
public enum HeatmapRows: Hashable, Sendable {
    /// The teams directly under `parent` (the top-level teams when `nil`), each row covering
    /// the team's whole subtree. The parent's own members, who are in none of those subtrees,
    /// get a row of the parent team itself; people without any team get
    /// ``HeatmapGroup/unassigned`` under the top level.
    case teams(under: Team.ID?)
    /// One row per market, and ``HeatmapGroup/unassigned`` for people without one.
    case markets

    public var kind: HeatmapRowKind {
        switch self {
        case .teams: .teams
        case .markets: .markets
        }
    }

    /// The team whose sub-teams are the rows.
    public var parent: Team.ID? {
        switch self {
        case .teams(let parent): parent
        case .markets: nil
        }
    }
}
