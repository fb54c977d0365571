/// The deliberate patterns hidden in a generated year, and who shows them, so a demo script (or a
/// test) can point at them instead of searching.
public struct DemoExecutionPatterns: Hashable, Sendable {
    /// Pattern 1, "can but don't": sellers who, in their high-load weeks, move or drop about
    /// three quarters of their prospecting (against about one in ten in normal weeks), mostly
    /// with excuse-prone reasons such as `no_time`. Everyone else lets prospecting slip only
    /// slightly more under load, so
    /// ``PressureReport/byGroup(tallies:grouping:weeks:asOf:policy:calendar:)`` shows
    /// prospecting rising most for these sellers.
    ///
    /// Chosen as the first seller who prospects (not a key account manager) in every fourth
    /// selling team, in the organization's order, leaving out the obstacle team. The first
    /// selling team is always among them, so the demo organization's seller login (the first
    /// seller) is one of these sellers and the manager login sees the pattern in their team.
    public var prospectingDroppers: [Person.ID]
    /// Pattern 2; `nil` when the organization has fewer than two selling teams, so that the one
    /// team there is can show pattern 1 instead.
    public var structuralObstacle: DemoStructuralObstacle?
    /// Pattern 3; `nil` when there is no second team to show it or the span is under 20 weeks.
    public var coachedSeller: DemoCoachedSeller?
    /// The traced-impact cohorts; `nil` when the span is under 20 weeks or there are too few
    /// eligible account executives.
    public var impactCohorts: DemoImpactCohorts?

    public init(
        prospectingDroppers: [Person.ID], structuralObstacle: DemoStructuralObstacle?, coachedSeller: DemoCoachedSeller? = nil,
        impactCohorts: DemoImpactCohorts? = nil
    ) {
        self.prospectingDroppers = prospectingDroppers
        self.structuralObstacle = structuralObstacle
        self.coachedSeller = coachedSeller
        self.impactCohorts = impactCohorts
    }
}
