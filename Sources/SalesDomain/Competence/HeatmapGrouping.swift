/// What the rows of a competence heatmap are.
public enum HeatmapGrouping: String, Hashable, Sendable, Codable, CaseIterable {
    case team
    case market
}
