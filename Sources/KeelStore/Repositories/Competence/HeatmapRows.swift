import SalesDomain

/// What the rows of a stored competence heatmap are.
public enum HeatmapRows: Hashable, Sendable {
    /// The teams directly under `parent` (the top-level teams when `nil`), each row covering
    /// the team's whole subtree. The parent's own members, who are in none of those subtrees,
    /// get a row of the parent team itself; people without any team get
    /// ``HeatmapGroup/unassigned`` under the top level.
    case teams(under: Team.ID?)
    /// One row per market, and ``HeatmapGroup/unassigned`` for people without one.
    case markets
}
