/// One seller's generated year of coaching: the sessions, the next steps in their state at the
/// end, and how each session followed up earlier steps.
public struct DemoSellerCoaching: Hashable, Sendable {
    public var sessions: [CoachingSession] = []
    public var items: [ActionItem] = []
    public var reviews: [CoachingSession.ID: [ActionItemReview]] = [:]

    public init() {}
}
