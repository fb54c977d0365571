/// One generated assessment cycle with what the store keeps beside it: its consolidation
/// policy and who opened and closed it.
public struct DemoAssessmentCycle: Hashable, Sendable {
    public var cycle: AssessmentCycle
    public var policy: ConsolidationPolicy
    public var openedBy: Person.ID?
    public var closedBy: Person.ID?

    public init(cycle: AssessmentCycle, policy: ConsolidationPolicy, openedBy: Person.ID?, closedBy: Person.ID?) {
        self.cycle = cycle
        self.policy = policy
        self.openedBy = openedBy
        self.closedBy = closedBy
    }
}
