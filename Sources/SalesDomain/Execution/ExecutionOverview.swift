/// The answer to an ``ExecutionQuery`` for one viewer: the six analyses of a scope they may
/// see, with the rules they were computed under.
public struct ExecutionOverview: Sendable {
    public var query: ExecutionQuery
    /// The person, team, market or organization the figures are about.
    public var subject: AnalysisSubject
    public var months: ClosedRange<CalendarMonth>
    public var rules: WorkCategoryRules
    public var catalog: ReasonCatalog
    public var pressurePolicy: PressurePolicy
    public var allocation: TimeAllocationReport
    public var rate: ExecutionRateReport
    public var pressure: PressureReport
    public var momentum: DealMomentum
    /// The stalled deals per stage, and the first `query.stalledLimit` of them.
    public var stalled: StallOverview
    /// The names of the owners of the listed stalled deals.
    public var ownerNames: [Person.ID: String]
    public var results: DealResults
    public var reasons: ReasonReport

    public init(
        query: ExecutionQuery, subject: AnalysisSubject, months: ClosedRange<CalendarMonth>, rules: WorkCategoryRules,
        catalog: ReasonCatalog, pressurePolicy: PressurePolicy, allocation: TimeAllocationReport, rate: ExecutionRateReport,
        pressure: PressureReport, momentum: DealMomentum, stalled: StallOverview, ownerNames: [Person.ID: String],
        results: DealResults, reasons: ReasonReport
    ) {
        self.query = query
        self.subject = subject
        self.months = months
        self.rules = rules
        self.catalog = catalog
        self.pressurePolicy = pressurePolicy
        self.allocation = allocation
        self.rate = rate
        self.pressure = pressure
        self.momentum = momentum
        self.stalled = stalled
        self.ownerNames = ownerNames
        self.results = results
        self.reasons = reasons
    }
}
