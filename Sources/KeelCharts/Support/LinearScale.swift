/// Maps a value range onto a span of user units, e.g. 0…100 % onto y 180 (bottom) … 20 (top).
public struct LinearScale: Hashable, Sendable {
    public var domain: ClosedRange<Double>
    /// Where `domain.lowerBound` lands; may be greater than `end` (y axes grow upwards).
    public var start: Double
    public var end: Double

    public init(domain: ClosedRange<Double>, from start: Double, to end: Double) {
        self.domain = domain
        self.start = start
        self.end = end
    }

    /// The position of `value`, held inside the span so an outlier cannot draw outside the
    /// plot area.
    public func position(of value: Double) -> Double {
        let width = domain.upperBound - domain.lowerBound
        guard width > 0, value.isFinite else { return start }
        let fraction = min(max((value - domain.lowerBound) / width, 0), 1)
        return start + fraction * (end - start)
    }

    /// The length a value spans from the domain's lower bound: a bar's height or width.
    public func length(of value: Double) -> Double {
        abs(position(of: value) - start)
    }
}
