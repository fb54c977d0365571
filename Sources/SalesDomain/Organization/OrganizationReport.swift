/// The organization page's question: the chart, and optionally a search over people.
public struct OrganizationQuery: Hashable, Sendable {
    /// `nil` for no search; blank text is no search.
    public var search: String?

    public init(search: String? = nil) {
        let trimmed = search?.trimmingCharacters(in: .whitespaces)
        self.search = trimmed?.isEmpty == false ? trimmed : nil
    }
}

/// The answer for one viewer: the chart of what they may read and the people their search found.
public struct OrganizationReport: Sendable {
    public var organization: Organization
    public var query: OrganizationQuery
    public var chart: OrganizationChart
    /// `nil` without a search; at most ``searchLimit`` people the viewer may read.
    public var searchResults: [Person]?
    /// Every team and market, for naming a found person's team and market.
    public var teams: [Team]
    public var markets: [Market]

    public static let searchLimit = 50

    public init(
        organization: Organization, query: OrganizationQuery, chart: OrganizationChart, searchResults: [Person]?,
        teams: [Team], markets: [Market]
    ) {
        self.organization = organization
        self.query = query
        self.chart = chart
        self.searchResults = searchResults
        self.teams = teams
        self.markets = markets
    }
}
