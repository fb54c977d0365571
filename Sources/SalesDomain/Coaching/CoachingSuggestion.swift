/// The session Keel suggests for a seller, read from their diagnosis (SPEC §3 → §4): a manager
/// may take it or plan another; Keel records which.
///
/// - the area most in need of attention decides (development need, then execution gap, then
///   competence gap — ``AreaVerdict/attentionRank``; the framework's area order breaks ties);
/// - an execution gap asks for **goal and performance follow-up** on the area's activity type
///   with the largest shortfall (planned − done on time), not for training;
/// - a competence gap or a development need asks for **skill coaching** on the area's rated
///   competency furthest below its target, weighted by the role profile;
/// - with no area needing attention, a stalled deal asks for **deal coaching** on it;
/// - otherwise there is nothing to suggest.
public struct CoachingSuggestion: Hashable, Sendable, Codable {
    public enum Reason: String, Hashable, Sendable, Codable, CaseIterable {
        case executionGap = "execution_gap"
        case competenceGap = "competence_gap"
        case developmentNeed = "development_need"
        case stalledDeal = "stalled_deal"
    }

    public var type: CoachingSessionType
    public var focus: CoachingFocus?
    public var reason: Reason
    /// The competency area the suggestion comes from; `nil` for a stalled deal.
    public var areaKey: String?

    public init(type: CoachingSessionType, focus: CoachingFocus?, reason: Reason, areaKey: String?) {
        self.type = type
        self.focus = focus
        self.reason = reason
        self.areaKey = areaKey
    }

    /// - Parameter longestStalledDeal: the seller's open deal that has stalled the longest, if any.
    public static func suggest(for diagnosis: SellerDiagnosis, longestStalledDeal: Deal.ID?) -> CoachingSuggestion? {
        let needing = diagnosis.areas.enumerated()
            .filter { [.developmentNeed, .executionGap, .competenceGap].contains($0.element.verdict) }
            .min { ($0.element.verdict.attentionRank, $0.offset) < ($1.element.verdict.attentionRank, $1.offset) }?.element
        if let area = needing {
            switch area.verdict {
            case .executionGap:
                let type = area.execution.activitiesByType
                    .filter { $0.value.planned > $0.value.doneOnTime }
                    .max { ($0.value.planned - $0.value.doneOnTime, $1.key) < ($1.value.planned - $1.value.doneOnTime, $0.key) }?.key
                return CoachingSuggestion(type: .followUp, focus: type.map(CoachingFocus.activityType), reason: .executionGap, areaKey: area.areaKey)
            default:
                let competency = area.competence.gaps
                    .compactMap { gap in gap.gap.flatMap { $0 < 0 ? (id: gap.competencyID, weighted: $0 * gap.weight) : nil } }
                    .min { ($0.weighted, $0.id) < ($1.weighted, $1.id) }?.id
                return CoachingSuggestion(
                    type: .skill, focus: competency.map(CoachingFocus.competency),
                    reason: area.verdict == .competenceGap ? .competenceGap : .developmentNeed, areaKey: area.areaKey)
            }
        }
        if let deal = longestStalledDeal {
            return CoachingSuggestion(type: .deal, focus: .deal(deal), reason: .stalledDeal, areaKey: nil)
        }
        return nil
    }
}
