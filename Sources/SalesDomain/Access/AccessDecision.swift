/// The outcome of an authorization check.
public enum AccessDecision: Hashable, Sendable {
    case allowed
    /// The viewer may know the record exists but may not do this to it.
    case forbidden
    /// The record is outside the viewer's scope; answer as if it did not exist, so that ids
    /// from other teams or organizations reveal nothing.
    case notFound
}
