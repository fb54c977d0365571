/// How one person's consolidated level on one competency moved from cycle to cycle.
public struct CompetencyTrend: Hashable, Sendable, Codable {
    public struct Point: Hashable, Sendable, Codable {
        public var cycleID: AssessmentCycle.ID
        public var level: Double
        /// Change since the previous point; `nil` for the first.
        public var change: Double?

        public init(cycleID: AssessmentCycle.ID, level: Double, change: Double?) {
            self.cycleID = cycleID
            self.level = level
            self.change = change
        }
    }

    public var personID: Person.ID
    public var competencyID: Competency.ID
    /// In cycle order; only cycles in which the competency has a consolidated level.
    public var points: [Point]

    public init(personID: Person.ID, competencyID: Competency.ID, points: [Point]) {
        self.personID = personID
        self.competencyID = competencyID
        self.points = points
    }

    /// The most recent change, the figure a results page shows next to the level.
    public var latestChange: Double? { points.last?.change }

    /// Trends of every person and competency in `levels` over `cycles`.
    ///
    /// Definition: cycles are ordered by `openedAt` (then id, for cycles opened at the same
    /// moment); for each person and competency the points are its consolidated levels `L_t` in
    /// that order, and `change_t = L_t − L_prev`, where `prev` is the latest earlier cycle in
    /// which the competency has a level. A cycle where it was not assessed is skipped rather
    /// than read as a drop. Levels of cycles not in `cycles` are ignored, so the caller decides
    /// which cycles count (for a seller: the closed ones).
    ///
    /// Source: Keel's definition (issue 3).
    public static func trends(of levels: some Sequence<ConsolidatedLevel>, cycles: [AssessmentCycle]) -> [CompetencyTrend] {
        let order = Dictionary(
            cycles.sorted { ($0.openedAt, $0.id) < ($1.openedAt, $1.id) }.enumerated().map { ($1.id, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        var series: [SeriesKey: [(position: Int, level: ConsolidatedLevel)]] = [:]
        for level in levels {
            guard let position = order[level.cycleID] else { continue }
            series[SeriesKey(personID: level.personID, competencyID: level.competencyID), default: []]
                .append((position, level))
        }
        return series.map { key, entries in
            var points: [Point] = []
            for entry in entries.sorted(by: { $0.position < $1.position }) {
                let change = points.last.map { entry.level.level - $0.level }
                points.append(Point(cycleID: entry.level.cycleID, level: entry.level.level, change: change))
            }
            return CompetencyTrend(personID: key.personID, competencyID: key.competencyID, points: points)
        }
        .sorted { ($0.personID, $0.competencyID) < ($1.personID, $1.competencyID) }
    }

    private struct SeriesKey: Hashable {
        var personID: Person.ID
        var competencyID: Competency.ID
    }
}
