/// A KPI's value for a week or a window, with what it rests on: `numerator ÷ denominator`.
/// Sums of figures are figures of the summed weeks, which is how a window is computed.
public struct KPIFigure: Hashable, Sendable, Codable {
    public var numerator: Double
    public var denominator: Double

    public init(numerator: Double = 0, denominator: Double = 0) {
        self.numerator = numerator
        self.denominator = denominator
    }

    public static let empty = KPIFigure()

    /// `nil` when nothing is in the denominator: no data, never zero.
    public var value: Double? {
        denominator > 0 ? numerator / denominator : nil
    }

    public static func + (lhs: KPIFigure, rhs: KPIFigure) -> KPIFigure {
        KPIFigure(numerator: lhs.numerator + rhs.numerator, denominator: lhs.denominator + rhs.denominator)
    }

    public static func sum(_ figures: some Sequence<KPIFigure>) -> KPIFigure {
        figures.reduce(.empty, +)
    }
}
