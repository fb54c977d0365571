import SalesDomain

extension TeamPage.Model {
    /// The page from the store's answer (``Directory/teamReport(_:for:at:)``), reasons named in `language`.
    init(report: TeamReport, language: Language) {
        let names = Dictionary(report.people.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        self.init(
            team: report.team, ancestors: report.ancestors, market: report.market, subteams: report.subteams,
            managers: report.managers, people: PersonRow.rows(report.people, teams: report.teams, markets: report.markets),
            totalPeople: report.totalPeople,
            postponements: report.postponements.map { item in
                TeamPage.PostponementRow(
                    item: item, ownerName: names[item.postponement.ownerID] ?? "—",
                    reasonName: report.reasons.reason(for: item.postponement.reasonCode)?.name(in: language)
                        ?? item.postponement.reasonCode.rawValue)
            }
        )
    }
}
