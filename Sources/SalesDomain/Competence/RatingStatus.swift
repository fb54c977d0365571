/// A rating is saved as a draft while the rater works on it; submission is final.
public enum RatingStatus: String, Sendable, Codable, Hashable, CaseIterable {
    case draft
    case submitted
}
