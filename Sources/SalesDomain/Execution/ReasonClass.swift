/// How much a postponement reason, by its nature, can be checked.
///
/// The class is a property of the reason in the catalog; whether one particular postponement was
/// a real obstacle is the manager's ``ReviewVerdict``. The two differ on purpose: "customer
/// rescheduled" is an obstacle-class reason that a manager may still find was an excuse.
public enum ReasonClass: String, Hashable, Sendable, Codable, CaseIterable {
    /// External and verifiable: the customer cancelled, the seller was ill, the system was down.
    case obstacle
    /// Internal and hard to verify: "no time", "other priorities", "forgot".
    case excuseProne = "excuse_prone"
}
