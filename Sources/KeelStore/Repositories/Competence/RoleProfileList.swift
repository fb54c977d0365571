import SalesDomain

/// The profiles of one framework, each with the market it is for.
public struct RoleProfileList: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var profile: RoleProfile
        /// `nil`: the profile for all markets.
        public var market: Market?

        public init(profile: RoleProfile, market: Market?) {
            self.profile = profile
            self.market = market
        }
    }

    /// The newest published version of each framework, the most recently published first.
    public var frameworks: [CompetencyFramework]
    /// The one whose profiles are listed; `nil` when nothing is published.
    public var framework: CompetencyFramework?
    /// By role in the order the sale runs, the profile for all markets before the markets' own.
    public var entries: [Entry]
    /// Every market, by name: where a new profile can be set up.
    public var markets: [Market]

    public init(frameworks: [CompetencyFramework], framework: CompetencyFramework?, entries: [Entry], markets: [Market]) {
        self.frameworks = frameworks
        self.framework = framework
        self.entries = entries
        self.markets = markets
    }
}
