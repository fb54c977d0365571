/// What a diagnosis lacked to say something, shown instead of a guess.
public enum MissingEvidence: Hashable, Sendable, Codable {
    /// No competency of the area in the seller's role profile has a consolidated level from a
    /// closed assessment.
    case noAssessment
    /// The seller's role profile has no competency of this area.
    case notInRoleProfile
    /// The area has no execution signal mapped.
    case noSignalsMapped
    /// Fewer planned activities of the area's types than the policy's minimum.
    case tooFewPlannedActivities(planned: Int, minimum: Int)
    /// Fewer deals decided at a mapped stage than the policy's minimum.
    case tooFewDecidedDeals(stage: DealStage, decided: Int, minimum: Int)
}
