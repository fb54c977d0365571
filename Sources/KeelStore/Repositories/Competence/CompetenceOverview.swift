import SalesDomain

/// The competence start page's answer for one viewer: their part in the open cycle, the closed
/// cycles they were assessed in, the calibration exercises they see and what a cycle can open on.
public struct CompetenceOverview: Hashable, Sendable {
    /// One form the viewer fills in: a person, as what, and how far it has come.
    public struct RateeStatus: Hashable, Sendable {
        public var person: Person
        public var source: RatingSource
        /// The competencies of the person's role profile: what a complete form rates.
        public var competencyCount: Int
        public var drafts: Int
        public var submitted: Int

        public init(person: Person, source: RatingSource, competencyCount: Int, drafts: Int, submitted: Int) {
            self.person = person
            self.source = source
            self.competencyCount = competencyCount
            self.drafts = drafts
            self.submitted = submitted
        }
    }

    public var viewer: Person
    /// Every cycle, newest first.
    public var cycles: [AssessmentCycleSummary]
    public var openCycle: AssessmentCycleSummary?
    /// The viewer's self-assessment, when they take part in the open cycle.
    public var selfStatus: RateeStatus?
    /// The viewer's direct reports taking part in the open cycle (``RaterEligibility/directReports(of:among:managersByTeam:hierarchy:)``), by name.
    public var reports: [RateeStatus]
    public var closedCyclesOfViewer: [AssessmentCycleSummary]
    /// The exercises the viewer sees, for those who read others; nobody else is shown any.
    public var calibrations: [CalibrationExercise]
    public var publishedFrameworks: [CompetencyFramework]

    public init(
        viewer: Person, cycles: [AssessmentCycleSummary], openCycle: AssessmentCycleSummary?, selfStatus: RateeStatus?,
        reports: [RateeStatus], closedCyclesOfViewer: [AssessmentCycleSummary], calibrations: [CalibrationExercise],
        publishedFrameworks: [CompetencyFramework]
    ) {
        self.viewer = viewer
        self.cycles = cycles
        self.openCycle = openCycle
        self.selfStatus = selfStatus
        self.reports = reports
        self.closedCyclesOfViewer = closedCyclesOfViewer
        self.calibrations = calibrations
        self.publishedFrameworks = publishedFrameworks
    }
}
