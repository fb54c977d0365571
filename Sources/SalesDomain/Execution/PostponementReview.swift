import Foundation

/// A manager's review of one ``Postponement``.
public struct PostponementReview: Hashable, Sendable, Codable {
    public var reviewerID: Person.ID
    public var verdict: ReviewVerdict
    public var reviewedAt: Date
    public var note: String?

    public init(reviewerID: Person.ID, verdict: ReviewVerdict, reviewedAt: Date, note: String? = nil) {
        self.reviewerID = reviewerID
        self.verdict = verdict
        self.reviewedAt = reviewedAt
        self.note = note
    }
}
