/// What a person may see and do in Keel. The scope of each role is defined by ``AccessPolicy``.
public enum AccessRole: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
    case seller
    case manager
    case leader
    case admin

    private var rank: Int {
        switch self {
        case .seller: 0
        case .manager: 1
        case .leader: 2
        case .admin: 3
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
