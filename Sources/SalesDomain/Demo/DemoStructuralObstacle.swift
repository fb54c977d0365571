import Foundation

/// Pattern 2 of the demo: one team whose deals stall in one stage for a real, verifiable
/// reason, so the diagnosis (SPEC §3) has a structural obstacle to find next to the execution
/// gaps.
///
/// The story: from `since` on, the team's customers send every contract through their own legal
/// and procurement review before signing, and the reviews queue for months. So
/// - every deal of the team that enters `stage` on or after `since` is still waiting there at
///   the end of the span — far longer than the team's own won deals (which passed the stage
///   before the queue formed) ever took, so ``StageVelocity/stalledDeals(histories:teamByPerson:policy:asOf:calendar:)``
///   lists them;
/// - activities about those deals are often postponed with `reasonCode`, an obstacle-class
///   reason, and the team's manager reviews most of them and verifies the obstacle.
public struct DemoStructuralObstacle: Hashable, Sendable {
    public var teamID: Team.ID
    /// Where the deals wait: the last stage of ``DealPipeline/standard``, negotiation.
    public var stage: DealStage
    /// `waiting_for_customer_input`: the customer's review is input the seller cannot hurry.
    public var reasonCode: ReasonCode
    /// Monday 00:00 of the week the queue formed.
    public var since: Date

    public init(teamID: Team.ID, stage: DealStage, reasonCode: ReasonCode, since: Date) {
        self.teamID = teamID
        self.stage = stage
        self.reasonCode = reasonCode
        self.since = since
    }
}
