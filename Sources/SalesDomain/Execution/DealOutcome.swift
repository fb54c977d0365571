/// Whether a deal is still being worked, or how it ended.
public enum DealOutcome: String, Hashable, Sendable, Codable, CaseIterable {
    case open
    case won
    case lost
}
