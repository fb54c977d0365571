import Foundation

extension Intervention {
    /// Each seller's coaching interventions: per competency or coachable KPI that was the focus of a
    /// completed session, one intervention from the first such session. Deals and meetings are
    /// single occasions, not something a seller practises, so they are not interventions.
    public static func coaching(from sessions: some Sequence<CoachingSession>) -> [Intervention] {
        var first: [Key: Date] = [:]
        for session in sessions where session.status == .completed {
            let target: Target
            switch session.focus {
            case .competency(let id): target = .competency(id)
            case .activityType(let type): target = .activityType(type)
            case .deal, .meeting, nil: continue
            }
            let key = Key(seller: session.sellerID, target: target)
            if let known = first[key], known <= session.scheduledAt { continue }
            first[key] = session.scheduledAt
        }
        return first.map { Intervention(sellerID: $0.key.seller, channel: .coaching, target: $0.key.target, startedAt: $0.value) }
            .sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
    }

    private struct Key: Hashable {
        var seller: Person.ID
        var target: Target
    }
}
