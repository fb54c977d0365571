/// The five kinds of coaching conversation SPEC §4 names, each with its own agenda.
public enum CoachingSessionType: String, Hashable, Sendable, Codable, CaseIterable {
    /// One deal: where it stands, what moves it, the next step with the customer.
    case deal
    /// The whole pipeline and the forecast: coverage, stalled deals, what closes when.
    case pipeline
    /// One competency: the behaviour at the seller's level and at the next, practised.
    case skill
    /// Goals and performance: the planned work that was not done, and why.
    case followUp = "follow_up"
    /// An upcoming customer meeting: its goal, the customer, the plan.
    case meetingPreparation = "meeting_preparation"

    /// What a session of this type may be about; `nil` (no link) is always allowed, since a
    /// pipeline review or a broad follow-up is about the seller's whole week.
    public func allows(_ focus: CoachingFocus) -> Bool {
        switch (self, focus) {
        case (.deal, .deal), (.pipeline, .deal): true
        case (.skill, .competency): true
        case (.followUp, .activityType), (.followUp, .competency): true
        case (.meetingPreparation, .meeting), (.meetingPreparation, .deal): true
        default: false
        }
    }
}
