import SalesDomain

extension OrganizationPage.Model {
    /// The page from the store's answer (``Directory/organizationReport(_:for:)``).
    init(report: OrganizationReport) {
        self.init(
            organization: report.organization, sections: report.chart.sections,
            activePeople: report.chart.activePeople, teamCount: report.chart.teamCount,
            search: report.query.search,
            results: report.searchResults.map { PersonRow.rows($0, teams: report.teams, markets: report.markets) }
        )
    }
}

extension PersonRow {
    /// Each person with the names of their team and market.
    static func rows(_ people: [Person], teams: [Team], markets: [Market]) -> [PersonRow] {
        let teams = Dictionary(uniqueKeysWithValues: teams.map { ($0.id, $0.name) })
        let markets = Dictionary(uniqueKeysWithValues: markets.map { ($0.id, $0) })
        return people.map { person in
            PersonRow(person: person, teamName: person.teamID.flatMap { teams[$0] }, market: person.marketID.flatMap { markets[$0] })
        }
    }
}
