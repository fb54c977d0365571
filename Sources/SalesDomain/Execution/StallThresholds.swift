/// The time-in-stage bars above which an open deal counts as stalled, per team and stage, with
/// the organization-wide bar per stage as the fallback.
///
/// Computed from won deals by ``StageVelocity/stallThresholds(histories:teams:policy:calendar:)``.
/// A store can compute them when deals close and keep them, so listing stalled deals needs
/// only the open deals.
public struct StallThresholds: Hashable, Sendable, Codable {
    public enum Basis: String, Hashable, Sendable, Codable {
        case team
        case organization
    }

    public struct Reference: Hashable, Sendable, Codable {
        public var stage: DealStage
        /// `nil` for the organization-wide bar.
        public var teamID: Team.ID?
        /// Won deals with a completed stay in the stage: the sample size.
        public var wonDeals: Int
        /// The policy's percentile of those deals' time in stage, in days.
        public var days: Double

        public init(stage: DealStage, teamID: Team.ID?, wonDeals: Int, days: Double) {
            self.stage = stage
            self.teamID = teamID
            self.wonDeals = wonDeals
            self.days = days
        }

        public var basis: Basis { teamID == nil ? .organization : .team }
    }

    public var policy: StallPolicy
    /// Every team-and-stage bar, whatever its sample size, so a page can show why a team's
    /// own bar was not used.
    public var teamReferences: [Reference]
    public var organizationReferences: [Reference]

    public init(policy: StallPolicy, teamReferences: [Reference], organizationReferences: [Reference]) {
        self.policy = policy
        self.teamReferences = teamReferences
        self.organizationReferences = organizationReferences
    }

    /// The bar for a deal of `team` in `stage`: the team's own when it rests on at least
    /// `policy.minimumWonDeals` won deals, else the organization's (which needs only one won
    /// deal: a rough bar beats none), else `nil` — no won deal ever completed this stage.
    public func reference(for stage: DealStage, team: Team.ID?) -> Reference? {
        if let team, let own = teamReferences.first(where: { $0.teamID == team && $0.stage == stage }),
           own.wonDeals >= policy.minimumWonDeals {
            return own
        }
        return organizationReferences.first { $0.stage == stage }
    }

    /// ``reference(for:team:)`` for judging many deals at once: the bars looked up by team and
    /// stage rather than searched, which matters with a thousand teams and ten thousand deals.
    public func lookup() -> @Sendable (DealStage, Team.ID?) -> Reference? {
        let own = Dictionary(teamReferences.compactMap { reference in reference.teamID.map { (TeamStage(team: $0, stage: reference.stage), reference) } },
                             uniquingKeysWith: { first, _ in first })
        let organization = Dictionary(organizationReferences.map { ($0.stage, $0) }, uniquingKeysWith: { first, _ in first })
        let minimumWonDeals = policy.minimumWonDeals
        return { stage, team in
            if let team, let reference = own[TeamStage(team: team, stage: stage)], reference.wonDeals >= minimumWonDeals {
                return reference
            }
            return organization[stage]
        }
    }

    private struct TeamStage: Hashable, Sendable {
        var team: Team.ID
        var stage: DealStage
    }
}
