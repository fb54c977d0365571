/// The answer to a ``HeatmapQuery`` for one viewer: the rows they may see, named, with the
/// total of exactly those rows. The page renders it and the API encodes it; neither filters or
/// adds up again.
public struct HeatmapReport: Hashable, Sendable {
    /// One row of the grid.
    public struct Row: Hashable, Sendable {
        public enum Subject: Hashable, Sendable {
            /// A team and every team below it.
            case team(Team)
            /// The people directly in the team whose sub-teams are the other rows.
            case ownMembers(Team)
            case market(Market)
            /// People without a team (rows of teams) or without a market (rows of markets).
            case unassigned
        }

        public var subject: Subject
        /// Whether the row's team has teams below it to open.
        public var hasSubteams: Bool
        public var cells: [Competency.ID: HeatmapTally]
        /// The cycle's participants in the row (in the role asked for), rated or not: what each
        /// cell's rated count is out of.
        public var inScope: Int

        public init(subject: Subject, hasSubteams: Bool = false, cells: [Competency.ID: HeatmapTally], inScope: Int = 0) {
            self.subject = subject
            self.hasSubteams = hasSubteams
            self.cells = cells
            self.inScope = inScope
        }

        /// The row as its cells name it.
        public var group: HeatmapGroup {
            switch subject {
            case .team(let team), .ownMembers(let team): .team(team.id)
            case .market(let market): .market(market.id)
            case .unassigned: .unassigned
            }
        }
    }

    /// Where "one level up" leads.
    public enum Up: Hashable, Sendable {
        /// The sub-teams of this team.
        case team(Team.ID)
        /// The organization's top-level teams.
        case top
    }

    public var query: HeatmapQuery
    /// The rows the query resolved to for this viewer.
    public var rows: HeatmapRows
    /// The team whose sub-teams are the rows.
    public var parent: Team?
    /// One level up, when the viewer may see it.
    public var up: Up?
    /// The parent's own members first, then teams or markets by name, the unassigned last.
    public var lines: [Row]
    /// Per competency, the sum of the rows shown: everyone the viewer sees in this heatmap.
    public var total: [Competency.ID: HeatmapTally]
    /// The participants in the rows shown: what the total's rated counts are out of.
    public var totalInScope: Int
    /// The latest closed calibration on the cycle's framework: what `adjustsForLeniency` uses.
    public var calibration: CalibrationExercise?
    /// Set when the levels were corrected for rater leniency.
    public var adjustment: LeniencyAdjustment?
    /// Whether the viewer may ask for rows of markets.
    public var canCompareMarkets: Bool

    /// The report from a heatmap's cells: each cell kept only when the viewer may read its row
    /// (a team they may read, a market they lead or the organization's, the unassigned only
    /// for whole-organization viewers), the total summed over what is kept. `inScope` counts
    /// the participants per row (``HeatmapScope/counts(of:rows:teams:)``); a row with
    /// participants and nobody rated is kept too, with no cells.
    public init(
        query: HeatmapQuery, rows: HeatmapRows, cells: [HeatmapCell], teams: [Team], markets: [Market], policy: AccessPolicy,
        inScope: [HeatmapGroup: Int] = [:], calibration: CalibrationExercise? = nil, adjustment: LeniencyAdjustment? = nil
    ) {
        let teamByID = Dictionary(teams.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let marketByID = Dictionary(markets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let parents = Set(teams.filter(\.isActive).compactMap(\.parentID))
        let parent = rows.parent.flatMap { teamByID[$0] }
        var lines: [HeatmapGroup: Row] = [:]
        func row(_ group: HeatmapGroup) -> Row? {
            if let line = lines[group] { return line }
            let subject: Row.Subject
            switch group {
            case .team(let id):
                guard let team = teamByID[id], policy.canRead(team) else { return nil }
                subject = id == parent?.id ? .ownMembers(team) : .team(team)
            case .market(let id):
                guard let market = marketByID[id], policy.canRead(market: id) else { return nil }
                subject = .market(market)
            case .unassigned:
                guard policy.canReadOrganization else { return nil }
                subject = .unassigned
            }
            let hasSubteams = if case .team(let team) = subject { parents.contains(team.id) } else { false }
            return Row(subject: subject, hasSubteams: hasSubteams, cells: [:], inScope: inScope[group] ?? 0)
        }
        for cell in cells {
            guard var line = row(cell.group) else { continue }
            line.cells[cell.competencyID] = cell.tally
            lines[cell.group] = line
        }
        for (group, count) in inScope where count > 0 {
            if lines[group] == nil, let line = row(group) { lines[group] = line }
        }
        self.query = query
        self.rows = rows
        self.parent = parent
        if let parent {
            if let grandparent = parent.parentID.flatMap({ teamByID[$0] }), policy.canRead(grandparent) {
                up = .team(grandparent.id)
            } else if parent.parentID == nil, policy.canReadOrganization {
                up = .top
            }
        }
        self.lines = lines.values.sorted { Self.order($0) < Self.order($1) }
        total = [:]
        for line in self.lines {
            for (competency, tally) in line.cells { total[competency, default: .empty] += tally }
        }
        totalInScope = self.lines.reduce(0) { $0 + $1.inScope }
        self.calibration = calibration
        self.adjustment = adjustment
        switch policy.scope {
        case .organization, .markets: canCompareMarkets = true
        case .teams, .ownRecordsOnly: canCompareMarkets = false
        }
    }

    private static func order(_ row: Row) -> (Int, String, String) {
        switch row.subject {
        case .ownMembers(let team): (0, team.name, team.id.description)
        case .team(let team): (1, team.name, team.id.description)
        case .market(let market): (1, market.name, market.id.description)
        case .unassigned: (2, "", "")
        }
    }
}
