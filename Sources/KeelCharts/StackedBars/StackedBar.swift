/// One bar of a stacked bar chart: a week and its hours per category.
public struct StackedBar: Hashable, Sendable {
    /// The label under the bar, already formatted by the caller ("W12", "V12", "U12").
    public var label: String
    /// One value per category, in the chart's category order; `nil`, NaN and negative values
    /// count as nothing. A bar whose values add up to nothing is drawn as "no data", not as 0 %.
    public var values: [Double?]

    public init(label: String, values: [Double?]) {
        self.label = label
        self.values = values
    }
}
