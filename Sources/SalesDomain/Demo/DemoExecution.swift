/// A whole organization's generated execution history, for small organizations and tests.
///
/// Large organizations should not build this: 10,000 sellers make about ten million
/// activities. Generate them per seller with ``DemoExecutionGenerator/execution(for:)`` instead.
public struct DemoExecution: Hashable, Sendable {
    public var spec: DemoExecutionSpec
    public var sellers: [DemoSeller]
    public var patterns: DemoExecutionPatterns
    public var accounts: [Account]
    public var deals: [Deal]
    public var transitions: [StageTransition]
    public var activities: [Activity]
    public var postponements: [Postponement]

    public init(
        spec: DemoExecutionSpec, sellers: [DemoSeller], patterns: DemoExecutionPatterns, accounts: [Account] = [],
        deals: [Deal] = [], transitions: [StageTransition] = [], activities: [Activity] = [], postponements: [Postponement] = []
    ) {
        self.spec = spec
        self.sellers = sellers
        self.patterns = patterns
        self.accounts = accounts
        self.deals = deals
        self.transitions = transitions
        self.activities = activities
        self.postponements = postponements
    }

    /// Appends one seller's batch.
    public mutating func append(_ batch: DemoSellerExecution) {
        accounts += batch.accounts
        deals += batch.deals
        transitions += batch.transitions
        activities += batch.activities
        postponements += batch.postponements
    }
}
