/// The CSS the charts and heatmap classes need, for the server to append to its stylesheet.
///
/// Colors live here rather than in the SVG so the site's palette (`--ink`, `--muted`,
/// `--line`, `--danger`) themes the charts and a chart's markup stays small; sizes and
/// positions stay in the SVG because the layout was computed for them.
public enum ChartStylesheet: Sendable {
    public static let stylesheet: String = [palette, rules, HeatmapShading.stylesheet].joined(separator: "\n")

    static var palette: String {
        let series = ChartPalette.series.enumerated().map { "--chart-\($0.offset + 1): \($0.element.hex);" }
        let categories = ChartPalette.categories.enumerated().map { "--chart-category-\($0.offset + 1): \($0.element.hex);" }
        return ":root { " + (series + categories).joined(separator: " ") + " }\n"
            + (1...ChartPalette.series.count).map {
                ".chart-stroke-\($0) { stroke: var(--chart-\($0)); } .chart-fill-\($0) { fill: var(--chart-\($0)); }"
            }.joined(separator: "\n") + "\n"
            + (1...ChartPalette.categories.count).map {
                ".chart-fill-category-\($0) { fill: var(--chart-category-\($0)); }"
            }.joined(separator: "\n")
    }

    static let rules = """
    .chart { display: block; width: 100%; max-width: var(--chart-max-width, 30rem); height: auto; margin: .5rem 0 1rem;
      overflow: visible; font-family: inherit; }
    .chart text { fill: var(--ink, #1d2733); }
    .chart .chart-tick-text, .chart .chart-muted-text, .chart .chart-missing-text, .chart .chart-value-text { fill: var(--muted, #5b6775); }
    .chart .chart-axis-unrated { fill: var(--muted, #5b6775); font-style: italic; }
    .chart .chart-stage-name, .chart .chart-rise { font-weight: 600; }
    .chart .chart-rise-up { fill: var(--danger, #a4262c); }
    .chart .chart-rise-down { fill: var(--ok, #2e7d32); }
    .chart .chart-bar-text-inside, .chart .chart-stall-badge-text { fill: #fff; font-weight: 600; }
    .chart-empty-frame { fill: var(--card, #fff); stroke: var(--line, #d9dee4); stroke-dasharray: 4 3; }
    .chart .chart-empty-text { fill: var(--muted, #5b6775); }
    .chart-grid, .chart-spoke { fill: none; stroke: var(--line, #d9dee4); stroke-width: 1; }
    .chart-grid-outer { stroke: #b3bcc6; }
    .chart-gridline { stroke: var(--line, #d9dee4); stroke-width: 1; }
    .chart-baseline { stroke: #9aa5b1; stroke-width: 1; }
    .chart-trace, .chart-outline { fill: none; stroke-width: 2; stroke-linejoin: round; stroke-linecap: round; }
    .chart-area { fill-opacity: .18; stroke-width: 2; stroke-linejoin: round; }
    .chart-dash-dashed { stroke-dasharray: 6 3; }
    .chart-dash-dotted { stroke-dasharray: .5 4; }
    .chart-dash-dashdot { stroke-dasharray: 8 3 .5 3; }
    .chart-marker { stroke: #fff; stroke-width: 1; }
    .chart-missing-mark { fill: #fff; stroke: var(--muted, #5b6775); stroke-width: 1.2; stroke-dasharray: 2 1.5; }
    .chart-segment { stroke: #fff; stroke-width: .5; }
    .chart-texture { fill: #fff; fill-opacity: .6; }
    .chart-bar:hover .chart-segment { opacity: .85; }
    .chart-bar-noted { opacity: .45; }
    .chart .chart-note-text { fill: var(--text, #1d2733); font-weight: 600; }
    .chart-hover { fill: transparent; }
    .chart-hover:hover { fill: rgba(11, 92, 142, .07); }
    .chart-funnel-bar { fill: var(--chart-1); }
    .chart-stage:hover .chart-funnel-bar { fill: #005a8c; }
    .chart-funnel-outcome.chart-outcome-won { fill: #1e7b45; }
    .chart-funnel-outcome.chart-outcome-lost { fill: var(--muted, #5b6775); }
    .chart-stall-badge-shape { fill: var(--danger, #a4262c); }
    .chart-pressure-normal { fill: #a9cce6; stroke: var(--chart-1); stroke-width: .75; }
    .chart-pressure-high { fill: var(--chart-2); }
    @media print { .chart { max-width: 100%; } .chart-hover { fill: none; } }
    """
}
