/// A behavioural leading indicator a manager can coach (SPEC §4): what the seller does, measured
/// weekly, with a target. Outcome figures (``OutcomeKPIs``) sit beside them but have no target
/// to coach towards: a red result cannot be coached, a behaviour can.
public struct CoachableKPI: Hashable, Sendable, Codable, Identifiable {
    /// A stable code, e.g. `customer_meetings_per_week`; the interface words it.
    public var key: String
    public var measure: KPIMeasure
    public var direction: KPIDirection
    /// The target when none is set for the seller.
    public var defaultTarget: Double
    /// The largest target that can be set: 1 for a share, a ceiling that catches typing errors otherwise.
    public var maximumTarget: Double

    public var id: String { key }

    public init(key: String, measure: KPIMeasure, direction: KPIDirection = .atLeast, defaultTarget: Double, maximumTarget: Double? = nil) {
        self.key = key
        self.measure = measure
        self.direction = direction
        self.defaultTarget = defaultTarget
        self.maximumTarget = maximumTarget ?? (measure.isShare ? 1 : 10_000)
    }
}
