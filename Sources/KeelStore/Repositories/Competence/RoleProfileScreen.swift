import SalesDomain

/// The answer to a ``RoleProfileQuery``.
public struct RoleProfileScreen: Hashable, Sendable {
    /// The framework's newest published version.
    public var framework: CompetencyFramework
    public var jobRole: JobRole
    public var market: Market?
    /// The stored profile; `nil` when the edit form sets one up.
    public var stored: RoleProfile?

    public init(framework: CompetencyFramework, jobRole: JobRole, market: Market?, stored: RoleProfile?) {
        self.framework = framework
        self.jobRole = jobRole
        self.market = market
        self.stored = stored
    }
}
