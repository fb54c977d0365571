/// What the diagnosis says about one seller in one competency area (SPEC §3).
public enum AreaVerdict: String, Hashable, Sendable, Codable, CaseIterable {
    /// Can and does.
    case strength
    /// Can but doesn't: the answer is priorities, obstacles and follow-up — not training.
    case executionGap = "execution_gap"
    /// Can't but does: the answer is skill coaching and practice.
    case competenceGap = "competence_gap"
    /// Can't and doesn't.
    case developmentNeed = "development_need"
    /// Can but doesn't, and a structural finding explains why: raised to leadership, not held
    /// against the seller.
    case obstructed
    /// The assessment or the execution signals are missing or too thin to say.
    case notEnoughData = "not_enough_data"

    /// The quadrant of SPEC §3's table.
    public static func quadrant(can: Bool, does: Bool) -> AreaVerdict {
        switch (can, does) {
        case (true, true): .strength
        case (true, false): .executionGap
        case (false, true): .competenceGap
        case (false, false): .developmentNeed
        }
    }

    /// The verdicts that ask for something of the seller or their manager, most urgent first:
    /// the order a manager's list sorts by.
    public var attentionRank: Int {
        switch self {
        case .developmentNeed: 0
        case .executionGap: 1
        case .competenceGap: 2
        case .obstructed: 3
        case .notEnoughData: 4
        case .strength: 5
        }
    }
}
