/// The records a viewer may read, in a form that a store can turn into a query filter.
///
/// The viewer's own record is always in scope, whatever the case.
public enum AccessScope: Hashable, Sendable {
    /// Everything in the organization.
    case organization
    /// People and teams in these markets.
    case markets(Set<Market.ID>)
    /// People in these teams (a manager's subtree).
    case teams(Set<Team.ID>)
    /// Only the viewer's own records.
    case ownRecordsOnly
}
