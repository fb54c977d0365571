/// Which side of its target a KPI should be on.
public enum KPIDirection: String, Hashable, Sendable, Codable {
    case atLeast = "at_least"
    case atMost = "at_most"

    public func meets(_ value: Double, target: Double) -> Bool {
        switch self {
        case .atLeast: value >= target
        case .atMost: value <= target
        }
    }
}
