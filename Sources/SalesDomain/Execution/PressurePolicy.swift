/// When a week counts as high-load, for the "dropped under pressure" comparison.
public struct PressurePolicy: Hashable, Sendable, Codable {
    /// A week is high-load when scheduled hours ÷ capacity hours is *above* this. 1.1 — ten
    /// percent more planned than there is time for — is the default: a plan at exactly capacity
    /// is normal, since not every planned minute is spent.
    public var highLoadThreshold: Double
    public var capacity: WeeklyCapacity

    public init(highLoadThreshold: Double = 1.1, capacity: WeeklyCapacity = WeeklyCapacity()) {
        self.highLoadThreshold = highLoadThreshold
        self.capacity = capacity
    }

    public func validated() throws(FieldError) -> PressurePolicy {
        if !(highLoadThreshold > 0) {
            throw FieldError(field: "highLoadThreshold", code: .invalidValue, .highLoadThresholdNotPositive)
        }
        _ = try capacity.validated()
        return self
    }
}
