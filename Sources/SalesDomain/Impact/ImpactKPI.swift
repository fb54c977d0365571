/// A number per seller and week that an intervention is meant to move. Each is a ratio of two
/// weekly counts (on-time activities over planned ones), so a window's value is the ratio of the
/// window's sums — a week with more planned work weighs more — and a week with nothing in the
/// denominator is a week without data.
public struct ImpactKPI: Hashable, Sendable, Codable {
    public enum Family: String, Hashable, Sendable, Codable, CaseIterable {
        /// What the seller does: on-time execution of the area's activities, the coachable KPIs.
        case behaviour
        /// What the business gets: win rate, won value, cycle time, stage conversion.
        case outcome
    }

    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Planned activities of the types done in their planned week.
        case onTime = "on_time"
        /// Deals won over deals closed (won or lost) in the week, by the week they closed.
        case winRate = "win_rate"
    }

    public var kind: Kind
    public var family: Family
    public var activityTypes: [ActivityType]

    public init(kind: Kind, family: Family, activityTypes: [ActivityType]) {
        self.kind = kind
        self.family = family
        self.activityTypes = activityTypes.sorted()
    }

    /// The outcome every intervention is traced on beside its behaviour: results lag and are
    /// noisier (a seller closes a few deals a month), so its estimate often says what is missing.
    public static let winRate = ImpactKPI(kind: .winRate, family: .outcome, activityTypes: [])

    /// The KPIs an intervention on `target` is meant to move: for a coachable KPI its own on-time
    /// rate; for a competency the on-time execution of the activity types the diagnosis signal map
    /// links to its area (none when the map links none — then there is nothing to trace, and the
    /// estimate says so).
    public static func kpis(for target: Intervention.Target, areaKey: String?, signals: DiagnosisSignalMap) -> [ImpactKPI] {
        switch target {
        case .activityType(let type):
            return [ImpactKPI(kind: .onTime, family: .behaviour, activityTypes: [type])]
        case .competency:
            guard let areaKey else { return [] }
            let types = signals.signals(for: areaKey).activityTypes
            return types.isEmpty ? [] : [ImpactKPI(kind: .onTime, family: .behaviour, activityTypes: types)]
        }
    }
}
