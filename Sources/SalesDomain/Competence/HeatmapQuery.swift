/// The competence heatmap screen's question, asked alike by the page
/// (`/competence/cycles/{c}/heatmap`) and the API (`GET /api/v1/competence/cycles/{c}/heatmap`).
///
/// A store answers it for an ``AccessPolicy`` with a ``HeatmapReport``; neither caller filters
/// rows or adds up totals itself.
public struct HeatmapQuery: Hashable, Sendable {
    /// Which rows were asked for.
    public enum Rows: Hashable, Sendable {
        /// The start of the viewer's reach (see ``HeatmapQuery/rows(for:teams:)``).
        case start
        /// The teams under this one, and its own members.
        case teams(under: Team.ID)
        case markets
    }

    /// Whose levels the cells count.
    public enum Roles: Hashable, Sendable {
        /// The role most of the participants in the viewer's rows hold
        /// (``HeatmapScope/mostCommonRole(among:)``): what the heatmap opens with, since role
        /// profiles set targets per role and a gap reads alike only within one role.
        case mostCommon
        /// Everyone, whatever their role.
        case every
        case only(JobRole)
    }

    public var cycle: AssessmentCycle.ID
    public var rows: Rows
    public var roles: Roles
    /// Manager ratings corrected by the latest closed calibration on the cycle's framework.
    public var adjustsForLeniency: Bool

    public init(cycle: AssessmentCycle.ID, rows: Rows = .start, roles: Roles, adjustsForLeniency: Bool = false) {
        self.cycle = cycle
        self.rows = rows
        self.roles = roles
        self.adjustsForLeniency = adjustsForLeniency
    }

    /// Only the people in `jobRole`, or everyone when `nil`.
    public init(cycle: AssessmentCycle.ID, rows: Rows = .start, jobRole: JobRole? = nil, adjustsForLeniency: Bool = false) {
        self.init(cycle: cycle, rows: rows, roles: jobRole.map(Roles.only) ?? .every, adjustsForLeniency: adjustsForLeniency)
    }

    /// Only the people in this job role; `nil` for everyone, or while ``Roles/mostCommon`` is
    /// not yet resolved (``resolvingRoles(participants:)``).
    public var jobRole: JobRole? {
        if case .only(let role) = roles { role } else { nil }
    }

    /// The query with ``Roles/mostCommon`` replaced by the role most of `participants` hold
    /// (everyone when there are none): the question the report answers and echoes.
    public func resolvingRoles(participants: some Sequence<Person>) -> HeatmapQuery {
        guard roles == .mostCommon else { return self }
        var resolved = self
        resolved.roles = HeatmapScope.mostCommonRole(among: participants).map(Roles.only) ?? .every
        return resolved
    }

    /// Why a heatmap cannot be shown to a viewer.
    public enum Refusal: Error, Hashable, Sendable {
        /// The viewer's role reaches no row of this kind (a seller; markets for a manager).
        case forbidden
        /// The team does not exist or is outside the viewer's reach: said alike, so an id reveals nothing.
        case teamNotFound
        /// Leniency adjustment before any calibration exercise on the framework has closed.
        case noMeasuredLeniency
    }

    /// The rows this viewer gets for the question.
    ///
    /// Rule (one for the page and the API):
    /// - `teams(under: t)` — anyone who may read team `t`; otherwise `teamNotFound`.
    /// - `markets` — viewers who read the organization (every market) or lead markets (theirs);
    ///   a manager or seller is refused.
    /// - `start` — the top of what the viewer may see: the active teams they may read whose parent
    ///   they may not (for whole-organization viewers the top-level teams; a manager's own team;
    ///   a market leader's market team). A single such team opens at its sub-teams, since one
    ///   row says nothing; several are the rows themselves for whole-organization viewers (with
    ///   the people without a team), and the markets for a leader of several markets. A viewer
    ///   who reaches no team is refused.
    public func rows(for policy: AccessPolicy, teams: [Team]) throws(Refusal) -> HeatmapRows {
        switch rows {
        case .teams(let parent):
            guard let team = teams.first(where: { $0.id == parent }), policy.canRead(team) else { throw .teamNotFound }
            return .teams(under: team.id)
        case .markets:
            switch policy.scope {
            case .organization, .markets: return .markets
            case .teams, .ownRecordsOnly: throw .forbidden
            }
        case .start:
            let readable = teams.filter { $0.isActive && policy.canRead($0) }
            let readableIDs = Set(readable.map(\.id))
            let tops = readable.filter { team in team.parentID.map { !readableIDs.contains($0) } ?? true }
            if tops.count == 1 { return .teams(under: tops[0].id) }
            if policy.canReadOrganization { return .teams(under: nil) }
            if case .markets = policy.scope { return .markets }
            throw .forbidden
        }
    }
}
