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
        /// Deals that advanced out of one of ``ImpactKPI/stages`` over those whose fate there was
        /// decided (advanced or lost there), by the week it was decided
        /// (``ImpactStageConversionWeeks``).
        case stageConversion = "stage_conversion"
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
        case .onTime, .winRate, .stageConversion: .share
        case .wonValue: .money
        case .cycleTime: .days
        }
    }

    /// Whether a rise is the good direction (a shorter cycle is better).
    public var higherIsBetter: Bool { kind != .cycleTime }

    public var kind: Kind
    public var family: Family
    public var activityTypes: [ActivityType]
    /// The pipeline stages a stage conversion counts; none for the other kinds.
    public var stages: [DealStage]

    public init(kind: Kind, family: Family, activityTypes: [ActivityType], stages: [DealStage] = []) {
        self.kind = kind
        self.family = family
        self.activityTypes = activityTypes.sorted()
        self.stages = stages.sorted()
    }

    /// Estimates kept before stage conversion existed have no `stages`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            kind: try container.decode(Kind.self, forKey: .kind), family: try container.decode(Family.self, forKey: .family),
            activityTypes: try container.decode([ActivityType].self, forKey: .activityTypes),
            stages: try container.decodeIfPresent([DealStage].self, forKey: .stages) ?? [])
    }

    /// The outcome every intervention is traced on beside its behaviour: results lag and are
    /// noisier (a seller closes a few deals a month), so its estimate often says what is missing.
    public static let winRate = ImpactKPI(kind: .winRate, family: .outcome, activityTypes: [])
    public static let wonValue = ImpactKPI(kind: .wonValue, family: .outcome, activityTypes: [])
    public static let cycleTime = ImpactKPI(kind: .cycleTime, family: .outcome, activityTypes: [])

    /// The outcomes every estimate is traced on, in the order a page shows them.
    public static let outcomes: [ImpactKPI] = [.winRate, .wonValue, .cycleTime]

    /// The outcomes an intervention on `target` is traced on: ``outcomes``, then the conversion
    /// out of the stages the diagnosis signal map links to the competency's area — or, for a
    /// coachable KPI, to the areas whose activities include its type — when it links any.
    public static func outcomes(for target: Intervention.Target, areaKey: String?, signals: DiagnosisSignalMap) -> [ImpactKPI] {
        let stages: Set<DealStage> = switch target {
        case .competency: areaKey.map { Set(signals.signals(for: $0).stages) } ?? []
        case .activityType(let type): Set(signals.areas.filter { $0.activityTypes.contains(type) }.flatMap(\.stages))
        }
        guard !stages.isEmpty else { return outcomes }
        return outcomes + [ImpactKPI(kind: .stageConversion, family: .outcome, activityTypes: [], stages: Array(stages))]
    }

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
