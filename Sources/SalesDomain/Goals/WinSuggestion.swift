import Foundation

/// A win Keel proposes to a manager from the data (SPEC §4): a deal one of their sellers won in
/// the last ``dealWindowDays`` days, or a goal in their reach that reached 100 % — as long as no
/// win celebrates it yet and nobody dismissed the suggestion.
public struct WinSuggestion: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
        case deal(Deal.ID)
        case goal(Goal.ID)

        /// `deal:<id>` / `goal:<id>`: how a suggestion is named in URLs, bodies and dismissals.
        public var key: String {
            switch self {
            case .deal(let id): "deal:\(id)"
            case .goal(let id): "goal:\(id)"
            }
        }

        public init?(key: String) {
            let parts = key.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2, let id = UUID(uuidString: parts[1]) else { return nil }
            switch parts[0] {
            case "deal": self = .deal(.init(id))
            case "goal": self = .goal(.init(id))
            default: return nil
            }
        }
    }

    public var source: Source
    public var subject: Win.Subject
    /// The seller's or team's name, the account's or goal's title, and the deal's value: what
    /// the suggestion says ("Lena won Acme AB — 120 000 kr").
    public var subjectName: String
    public var title: String
    public var value: Decimal?
    public var at: Date

    public static let dealWindowDays = 14

    public init(source: Source, subject: Win.Subject, subjectName: String, title: String, value: Decimal?, at: Date) {
        self.source = source
        self.subject = subject
        self.subjectName = subjectName
        self.title = title
        self.value = value
        self.at = at
    }
}
