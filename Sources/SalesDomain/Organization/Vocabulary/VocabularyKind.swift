/// The kinds of word an organization names in its own terms: what its CRM and its directory call
/// things, which Keel shows on every page in the reader's language.
public enum VocabularyKind: String, Sendable, Codable, CaseIterable, Hashable {
    /// Keyed by the activity type's code (`meeting`, `crm_admin`).
    case activityType = "activity_type"
    /// Keyed by the stage's code (`qualification`).
    case dealStage = "deal_stage"
    /// Keyed by ``JobRole``'s raw value (`account_executive`).
    case jobRole = "job_role"
    /// Keyed by the market's ISO 3166-1 code (`SE`), which stays when a market is renamed.
    case market
}
