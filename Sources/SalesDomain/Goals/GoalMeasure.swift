/// How a goal is measured: a value people enter against a target (with its unit, e.g. "meetings
/// booked"), or a KPI Keel computes against a target. A goal without a measure takes its
/// progress from its children (``GoalProgress``).
public enum GoalMeasure: Hashable, Sendable {
    case manual(target: Double, unit: String)
    case kpi(GoalKPI, target: Double)

    public var target: Double {
        switch self {
        case .manual(let target, _), .kpi(_, let target): target
        }
    }

    public var kpi: GoalKPI? {
        if case .kpi(let kpi, _) = self { kpi } else { nil }
    }

    public var isManual: Bool {
        if case .manual = self { true } else { false }
    }
}
