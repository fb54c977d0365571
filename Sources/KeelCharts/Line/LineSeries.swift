/// One line of a line chart: a reason's count per month, a competency's level per cycle.
public struct LineSeries: Hashable, Sendable {
    public var name: String
    /// One value per x label; `nil` or NaN leaves a gap in the line.
    public var values: [Double?]

    public init(name: String, values: [Double?]) {
        self.name = name
        self.values = values
    }
}
