import Foundation

/// One rater's judgement of one person on one competency in one assessment cycle.
///
/// Only submitted ratings count in results; drafts are the rater's private work in progress.
public struct Rating: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<Rating>

    public var id: ID
    public var cycleID: AssessmentCycle.ID
    public var raterID: Person.ID
    public var rateeID: Person.ID
    public var competencyID: Competency.ID
    public var source: RatingSource
    public var level: Int
    /// What the rater saw the person do, so that the level can be discussed and calibrated.
    public var evidence: String
    public var updatedAt: Date
    public var submittedAt: Date?

    public init(
        id: ID, cycleID: AssessmentCycle.ID, raterID: Person.ID, rateeID: Person.ID, competencyID: Competency.ID,
        source: RatingSource, level: Int, evidence: String = "", updatedAt: Date, submittedAt: Date? = nil
    ) {
        self.id = id
        self.cycleID = cycleID
        self.raterID = raterID
        self.rateeID = rateeID
        self.competencyID = competencyID
        self.source = source
        self.level = level
        self.evidence = evidence
        self.updatedAt = updatedAt
        self.submittedAt = submittedAt
    }

    /// Derived from `submittedAt` so a rating can never be "submitted" without a date.
    public var status: RatingStatus { submittedAt == nil ? .draft : .submitted }

    public var isSubmitted: Bool { submittedAt != nil }
}
