/// Whether an assessment cycle still takes ratings. Results are shown to the people assessed
/// only once it is closed, so that nobody adjusts a rating to what they saw others give.
public enum AssessmentCycleStatus: String, Sendable, Codable, Hashable, CaseIterable {
    case open
    case closed
}
