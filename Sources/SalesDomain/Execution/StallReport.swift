/// Stalled deals, and the open deals the analysis could not judge (so that nothing silently
/// disappears from the list).
public struct StallReport: Hashable, Sendable, Codable {
    public struct Unjudged: Hashable, Sendable, Codable {
        public enum Reason: String, Hashable, Sendable, Codable {
            /// The deal has no stage transitions, so when it entered its stage is unknown.
            case noStageHistory = "no_stage_history"
            /// No won deal, in the team or anywhere, ever completed this stage.
            case noWonReference = "no_won_reference"
        }

        public var dealID: Deal.ID
        public var ownerID: Person.ID
        public var reason: Reason

        public init(dealID: Deal.ID, ownerID: Person.ID, reason: Reason) {
            self.dealID = dealID
            self.ownerID = ownerID
            self.reason = reason
        }
    }

    /// Most days over first.
    public var stalled: [StalledDeal]
    public var unjudged: [Unjudged]

    public init(stalled: [StalledDeal], unjudged: [Unjudged]) {
        self.stalled = stalled
        self.unjudged = unjudged
    }
}
