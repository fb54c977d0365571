import SalesDomain

extension PersonPage.Model {
    /// The page from the store's answer (``Directory/personReport(_:for:)``).
    init(report: PersonReport) {
        self.init(
            person: report.person, team: report.team, market: report.market, leaderMarkets: report.leaderMarkets,
            history: report.history, audit: report.audit, pages: report.pages
        )
    }
}
