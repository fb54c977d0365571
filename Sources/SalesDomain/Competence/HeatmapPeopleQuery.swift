import Foundation

/// The heatmap's drill-down, the people behind one row (`/competence/cycles/{c}/people?group=…`
/// and `GET /api/v1/competence/cycles/{c}/heatmap/people?group=…`), asked alike by page and API.
public struct HeatmapPeopleQuery: Hashable, Sendable {
    /// A heatmap row's people.
    public enum Group: Hashable, Sendable, CustomStringConvertible {
        /// Everyone in the team or a team below it.
        case team(Team.ID)
        /// The people directly in the team: the row of a team's own members beside its sub-teams.
        case members(Team.ID)
        case market(Market.ID)
        case organization

        /// `team:<id>`, `members:<id>`, `market:<id>` or `organization`, as the heatmap's links
        /// write them; `nil` for anything else.
        public init?(_ text: String) {
            if text.hasPrefix("members:") {
                guard let id = Team.ID(uuidString: String(text.dropFirst("members:".count))) else { return nil }
                self = .members(id)
                return
            }
            switch AnalysisScope(text) {
            case .team(let id)?: self = .team(id)
            case .market(let id)?: self = .market(id)
            case .organization?: self = .organization
            case .person?, nil: return nil
            }
        }

        public var description: String {
            switch self {
            case .team(let id): "team:\(id)"
            case .members(let id): "members:\(id)"
            case .market(let id): "market:\(id)"
            case .organization: "organization"
            }
        }

        /// Whose access decides whether the viewer may open the row: the team, market or
        /// organization it belongs to (``AccessPolicy/read(_:subject:)``).
        public var scope: AnalysisScope {
            switch self {
            case .team(let id), .members(let id): .team(id)
            case .market(let id): .market(id)
            case .organization: .organization
            }
        }

        /// The stored group whose results are read; `members` keeps only the team's own people.
        public var competenceGroup: CompetenceGroup {
            switch self {
            case .team(let id), .members(let id): .team(id)
            case .market(let id): .market(id)
            case .organization: .organization
            }
        }
    }

    public var cycle: AssessmentCycle.ID
    public var group: Group
    public var jobRole: JobRole?
    public var adjustsForLeniency: Bool

    public init(cycle: AssessmentCycle.ID, group: Group, jobRole: JobRole? = nil, adjustsForLeniency: Bool = false) {
        self.cycle = cycle
        self.group = group
        self.jobRole = jobRole
        self.adjustsForLeniency = adjustsForLeniency
    }
}

/// The answer to a ``HeatmapPeopleQuery`` for one viewer.
public struct HeatmapPeopleReport: Hashable, Sendable {
    public var query: HeatmapPeopleQuery
    /// The team, market or organization the row belongs to.
    public var subject: AnalysisSubject
    /// The people the viewer may see, by person id; those not rated yet have no levels
    /// (``HeatmapEntry/isRated``).
    public var entries: [HeatmapEntry]
    /// People in the row the viewer may not see one by one (a market leader's view of a team
    /// that spans markets): counted, never listed.
    public var hiddenCount: Int
    /// The exercise whose leniencies corrected the levels, when asked to.
    public var calibration: CalibrationExercise?
    public var adjustment: LeniencyAdjustment?

    /// The report from a row's stored entries and the cycle's participants in the row (in the
    /// role asked for): a participant without an entry is listed with no levels, as not rated
    /// (issue 13, item 5: nobody in scope is dropped for having nothing submitted), except a
    /// participant deactivated without being rated (``HeatmapScope/isInScope(_:rated:)``). Then for
    /// `members` only the team's own people, and only those the policy lets the viewer read
    /// (``AccessPolicy/canRead(_:)-(HeatmapEntry)``).
    public init(
        query: HeatmapPeopleQuery, subject: AnalysisSubject, entries: [HeatmapEntry], participants: [Person] = [],
        policy: AccessPolicy, calibration: CalibrationExercise? = nil, adjustment: LeniencyAdjustment? = nil
    ) {
        let listed = Set(entries.map(\.personID))
        let people = Dictionary(participants.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var inRow = (entries + participants.filter { !listed.contains($0.id) }.map(HeatmapEntry.init(unrated:)))
            .filter { entry in people[entry.personID].map { HeatmapScope.isInScope($0, rated: entry.isRated) } ?? true }
        if case .members(let team) = query.group { inRow = inRow.filter { $0.teamID == team } }
        let visible = inRow.filter(policy.canRead).sorted { $0.personID < $1.personID }
        self.query = query
        self.subject = subject
        self.entries = visible
        hiddenCount = inRow.count - visible.count
        self.calibration = calibration
        self.adjustment = adjustment
    }
}
