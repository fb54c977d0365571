/// The translated words every chart needs from its caller.
public struct ChartText: Hashable, Sendable {
    /// The chart's name: the SVG `<title>`, read first by screen readers.
    public var title: String
    /// The caller's own sentence about the data (e.g. "Anna's levels against the account
    /// executive profile"); it starts the `<desc>`, before the values the chart lists itself.
    public var summary: String?
    /// Shown instead of the chart when there is nothing to draw.
    public var noData: String
    /// Said for one missing value: "not rated", "no data".
    public var missingValue: String

    public init(title: String, summary: String? = nil, noData: String, missingValue: String) {
        self.title = title
        self.summary = summary
        self.noData = noData
        self.missingValue = missingValue
    }
}
