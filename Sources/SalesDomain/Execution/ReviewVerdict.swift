/// A manager's judgement of one postponement after looking into it.
///
/// There is no "rejected" verdict: a postponement has happened either way, and the point of the
/// review is to learn whether the cause lies outside the seller (structural) or in their own
/// prioritization (an execution gap), which SPEC §3 routes to different people.
public enum ReviewVerdict: String, Hashable, Sendable, Codable, CaseIterable {
    /// The cause was real and outside the seller's control.
    case verifiedObstacle = "verified_obstacle"
    /// The manager accepts the postponement, but the cause was the seller's own choice.
    case acceptedExcuse = "accepted_excuse"
}
