import Foundation

/// Something done for one seller from a date on, whose effect Keel traces: a coaching focus (a
/// competency or a coachable KPI set as the focus of the seller's sessions, from the first such
/// session) or a practice plan item started at a date.
public struct Intervention: Hashable, Sendable, Codable {
    /// What the intervention works on; interventions on the same target are one question for a leader
    /// ("did prospecting practice work?") and keep each other's sellers out of the comparison group.
    public enum Target: Hashable, Sendable, Codable {
        case competency(Competency.ID)
        /// A coachable KPI: one activity type done on time.
        case activityType(ActivityType)

        /// Stable text for ids, seeds and URLs: `competency:<uuid>` or `activity_type:<code>`.
        public var reference: String {
            switch self {
            case .competency(let id): "competency:\(id)"
            case .activityType(let type): "activity_type:\(type.rawValue)"
            }
        }

        public init?(reference: String) {
            let parts = reference.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[1].isEmpty else { return nil }
            switch parts[0] {
            case "competency": guard let id = Competency.ID(uuidString: parts[1]) else { return nil }; self = .competency(id)
            case "activity_type": self = .activityType(ActivityType(parts[1]))
            default: return nil
            }
        }
    }

    public enum Channel: String, Hashable, Sendable, Codable, CaseIterable {
        case coaching, practice
    }

    public var sellerID: Person.ID
    public var channel: Channel
    public var target: Target
    public var startedAt: Date

    public init(sellerID: Person.ID, channel: Channel, target: Target, startedAt: Date) {
        self.sellerID = sellerID
        self.channel = channel
        self.target = target
        self.startedAt = startedAt
    }

    /// A practice plan item on `competency`, started at `startedAt`.
    public static func practice(sellerID: Person.ID, competency: Competency.ID, startedAt: Date) -> Intervention {
        Intervention(sellerID: sellerID, channel: .practice, target: .competency(competency), startedAt: startedAt)
    }

    /// Stable id for URLs and exports: channel, target and seller (a seller has one intervention per
    /// channel and target — the first start).
    public var id: String { "\(channel.rawValue)~\(target.reference)~\(sellerID)" }
}
