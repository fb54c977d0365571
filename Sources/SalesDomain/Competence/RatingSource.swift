/// Who gave a rating, relative to the person rated.
public enum RatingSource: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    /// The person rated themselves.
    case selfAssessment = "self"
    case manager
    case peer

    private var rank: Int {
        switch self {
        case .manager: 0
        case .selfAssessment: 1
        case .peer: 2
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
