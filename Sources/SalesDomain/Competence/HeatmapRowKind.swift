/// Whether a competence heatmap's rows are teams or markets: the one name for it wherever a
/// heatmap is grouped (``CompetenceHeatmap``, ``HeatmapEntry/group(by:)``), asked for (`rows=` in
/// the API's and the page's URL, these raw values) or answered (``HeatmapRows/kind``).
public enum HeatmapRowKind: String, Hashable, Sendable, Codable, CaseIterable {
    case teams
    case markets
}
