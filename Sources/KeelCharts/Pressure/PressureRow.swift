/// One activity type's postponement rate in normal weeks and in high-load weeks.
public struct PressureRow: Hashable, Sendable {
    /// The activity type ("Follow-up call").
    public var label: String
    /// Share 0…1 of the type's planned activities postponed in normal weeks; `nil` if none
    /// were planned in such weeks.
    public var normalRate: Double?
    /// The same share in high-load weeks.
    public var highLoadRate: Double?

    public init(label: String, normalRate: Double?, highLoadRate: Double?) {
        self.label = label
        self.normalRate = normalRate
        self.highLoadRate = highLoadRate
    }

    /// How much more often the type is pushed out under load, in shares (0.18 = 18
    /// percentage points); `nil` unless both rates are known.
    public var rise: Double? {
        guard let high = highLoadRate.finiteOrNil, let normal = normalRate.finiteOrNil else { return nil }
        return PressureGeometry.clampedRate(high) - PressureGeometry.clampedRate(normal)
    }
}
