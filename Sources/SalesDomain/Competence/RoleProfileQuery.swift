/// One role profile asked for: a role, in one market or in all of them (`market` `nil`), on a
/// framework's newest published version. Reading a profile that does not exist is not found;
/// editing one sets it up, so the edit form asks with `mustExist` false.
public struct RoleProfileQuery: Hashable, Sendable {
    public var framework: CompetencyFramework.ID
    public var jobRole: JobRole
    public var market: Market.ID?
    public var mustExist: Bool

    public init(framework: CompetencyFramework.ID, jobRole: JobRole, market: Market.ID?, mustExist: Bool) {
        self.framework = framework
        self.jobRole = jobRole
        self.market = market
        self.mustExist = mustExist
    }
}
