/// One seller's generated year: the unit a store writes in one batch.
///
/// Everything in it refers only to itself and to the organization (accounts, deals and
/// activities of this seller), so batches can be written in any order.
public struct DemoSellerExecution: Hashable, Sendable {
    public var sellerID: Person.ID
    /// The seller's book of customers; every deal and account-related activity points at one.
    public var accounts: [Account]
    /// Oldest first.
    public var deals: [Deal]
    /// Oldest first per deal; every transition is dated inside the span.
    public var transitions: [StageTransition]
    /// In planned order, week by week.
    public var activities: [Activity]
    /// In the order they were logged per activity.
    public var postponements: [Postponement]

    public init(
        sellerID: Person.ID, accounts: [Account], deals: [Deal], transitions: [StageTransition],
        activities: [Activity], postponements: [Postponement]
    ) {
        self.sellerID = sellerID
        self.accounts = accounts
        self.deals = deals
        self.transitions = transitions
        self.activities = activities
        self.postponements = postponements
    }
}
