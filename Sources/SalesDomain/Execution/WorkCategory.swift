/// The three kinds of time the execution analyses separate (SPEC §2): time with or for a
/// customer, time that makes selling possible, and time for the company.
public enum WorkCategory: String, Hashable, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
    /// Customer-facing work that moves a deal or creates one: meetings, calls, demos, proposals.
    case selling
    /// Work that prepares or records selling: CRM upkeep, quotes, account research.
    case supporting
    /// Work for the organization itself: internal meetings, training, travel and expense admin.
    case `internal`
}
