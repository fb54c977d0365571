/// What a rater sees beside the scale while rating one person on one competency (issue 13,
/// item 2): the person's own view and where they stood last time, so that a manager rates
/// against both rather than from memory, and a difference becomes something to talk about.
public struct RatingReference: Hashable, Sendable, Codable {
    /// The consolidated level of an earlier cycle.
    public struct Previous: Hashable, Sendable, Codable {
        public var level: Double
        public var cycleID: AssessmentCycle.ID
        public var cycleName: String

        public init(level: Double, cycleID: AssessmentCycle.ID, cycleName: String) {
            self.level = level
            self.cycleID = cycleID
            self.cycleName = cycleName
        }
    }

    /// The person's submitted self-assessment level, when the rater may see it.
    public var selfLevel: Int?
    public var previous: Previous?

    public init(selfLevel: Int? = nil, previous: Previous? = nil) {
        self.selfLevel = selfLevel
        self.previous = previous
    }

    /// Per competency, what a rater of `source` sees beside the scale when rating `ratee`.
    ///
    /// Rules:
    /// - **Self-rating**: the ratee's *submitted* self-assessment in this cycle, shown to their
    ///   manager only. A draft is the person's own work until they submit it (as every draft
    ///   is the rater's); peers never see it — a self-assessment is said to one's manager, and
    ///   peers rate without it. On their own form the person sees their own answer anyway.
    /// - **Previous level**: the consolidated level in the newest of `earlier` (closed cycles of
    ///   the same framework, newest first: ``CycleMoment/earlierClosed(among:)``) that has one for
    ///   the competency, shown to the manager and to the person themself, whose results they
    ///   are; a peer sees nobody's results.
    ///
    /// Competencies with nothing to show are left out.
    public static func references(
        for source: RatingSource, ratee: Person.ID, cycle: AssessmentCycle.ID, ratings: some Sequence<Rating>,
        earlier: [(cycle: CycleMoment, levels: [Competency.ID: Double])]
    ) -> [Competency.ID: RatingReference] {
        var references: [Competency.ID: RatingReference] = [:]
        if source == .manager {
            for rating in ratings
            where rating.source == .selfAssessment && rating.isSubmitted && rating.rateeID == ratee && rating.cycleID == cycle {
                references[rating.competencyID, default: RatingReference()].selfLevel = rating.level
            }
        }
        if source != .peer {
            for (moment, levels) in earlier {
                for (competency, level) in levels where references[competency]?.previous == nil {
                    references[competency, default: RatingReference()].previous = Previous(
                        level: level, cycleID: moment.id, cycleName: moment.name)
                }
            }
        }
        return references
    }
}
