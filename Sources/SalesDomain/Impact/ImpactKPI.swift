/// A number per seller and week that an intervention is meant to move. Each is a ratio of two
/// weekly sums (on-time activities over planned ones, cycle days over won deals), so a window's
/// value is the ratio of the window's sums — a week with more planned work or more won deals
/// weighs more — and a week with nothing in the denominator is a week without data.
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
        /// The value of the deals won in the week, per week: every week that is over has data, a
        /// week without a won deal counts as nothing won.
        case wonValue = "won_value"
        /// Calendar days from engagement (else creation) to close of the deals won in the week,
        /// over those deals (``Deal/salesCycleDays(calendar:)``): fewer days is better.
        case cycleTime = "cycle_time"
    }

    /// What a value and an effect are counted in.
    public enum Unit: String, Hashable, Sendable, Codable {
        /// A share 0…1; an effect is a difference of shares (percentage points).
        case share
        /// The organization's reporting currency per week.
        case money
        /// Calendar days.
        case days
    }

    public var unit: Unit {
        switch kind {
        case .onTime, .winRate: .share
        case .wonValue: .money
        case .cycleTime: .days
        }
    }

    /// Whether a rise is the good direction (a shorter cycle is better).
    public var higherIsBetter: Bool { kind != .cycleTime }

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
    public static let wonValue = ImpactKPI(kind: .wonValue, family: .outcome, activityTypes: [])
    public static let cycleTime = ImpactKPI(kind: .cycleTime, family: .outcome, activityTypes: [])

    /// The outcomes every estimate is traced on, in the order a page shows them.
    public static let outcomes: [ImpactKPI] = [.winRate, .wonValue, .cycleTime]

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
