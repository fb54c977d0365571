import KeelStore
import SalesDomain

extension TeamPage.Model {
    /// The page from the store's answer (``Directory/teamReport(_:for:at:)``), reasons named in `language`.
    init(report: TeamReport, language: Language) {
        let names = Dictionary(report.people.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func row(_ item: ActivityLog.PostponedActivity) -> TeamPage.PostponementRow {
            TeamPage.PostponementRow(
                item: item, ownerName: names[item.postponement.ownerID] ?? "—",
                reasonName: report.reasons.reason(for: item.postponement.reasonCode)?.name(in: language) ?? item.postponement.reasonCode.rawValue)
        }
        self.init(
            team: report.team, headcount: report.headcount, ownMembers: report.ownMembers, ancestors: report.ancestors, market: report.market, subteams: report.subteams,
            managers: report.managers, people: PersonRow.rows(report.people, teams: report.teams, markets: report.markets),
            totalPeople: report.totalPeople,
            reviewQuery: report.postponementQuery,
            postponements: report.postponements.items.map(row),
            postponementTotal: report.postponements.total, postponementUnreviewed: report.postponements.unreviewed,
            personChoices: report.people.map { (id: $0.id, name: $0.name) },
            reasonChoices: report.reasons.reasons.map { (code: $0.code, name: $0.name(in: language)) },
            kept: report.postponements.kept.map(row)
        )
    }
}
