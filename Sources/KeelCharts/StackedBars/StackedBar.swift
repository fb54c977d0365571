/// One bar of a stacked bar chart: a week and its hours per category.
public struct StackedBar: Hashable, Sendable {
    /// The label under the bar, already formatted by the caller ("W12", "V12", "U12").
    public var label: String
    /// One value per category, in the chart's category order; `nil`, NaN and negative values
    /// count as nothing. A bar whose values add up to nothing is drawn as "no data", not as 0 %.
    public var values: [Double?]
    /// A short word printed above the bar, e.g. "in progress" for a week that has not ended;
    /// such a bar is drawn paler, so a part of a week is not read as a whole one.
    public var note: String?

    public init(label: String, values: [Double?], note: String? = nil) {
        self.label = label
        self.values = values
        self.note = note
    }
}
