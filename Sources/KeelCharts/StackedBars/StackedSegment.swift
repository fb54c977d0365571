/// One category's slice of a stacked bar, in value units (a share 0…1, or hours).
public struct StackedSegment: Hashable, Sendable {
    public var category: Int
    public var lower: Double
    public var upper: Double

    public init(category: Int, lower: Double, upper: Double) {
        self.category = category
        self.lower = lower
        self.upper = upper
    }

    public var value: Double { upper - lower }
}
