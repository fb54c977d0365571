import KeelStore
import SalesDomain
import Vapor

extension HeatmapPage.Model {
    /// The screen's one query (`CompetenceStore.heatmapReport`), answered for the viewer's
    /// policy exactly as the API answers it, plus the cycle picker and the framework's names.
    static func query(_ request: Request) async throws -> Self {
        let store = try request.competence
        let report = try await store.heatmapReport(try request.heatmapQuery(), for: try await request.policy())
        let cycles = try await store.cycleSummaries()
        guard let cycle = cycles.first(where: { $0.id == report.query.cycle }) else { throw APIError.notFound() }
        guard let framework = try await store.framework(cycle.framework) else { throw APIError.notFound() }
        return Self(report: report, cycle: cycle, cycles: cycles, framework: framework, text: try await request.localizer)
    }

    /// The page from the report, with labels in the reader's language and the links that keep
    /// the filters.
    init(report: HeatmapReport, cycle: AssessmentCycleSummary, cycles: [AssessmentCycleSummary], framework: CompetencyFramework,
         text: Localizer) {
        self.init(
            cycle: cycle, cycles: cycles, framework: framework, rows: report.rows, parent: report.parent, upLink: nil,
            jobRole: report.query.jobRole, calibration: report.calibration, adjustment: report.adjustment,
            canCompareMarkets: report.canCompareMarkets, lines: [], total: report.total, totalInScope: report.totalInScope,
            competencies: [])
        switch report.up {
        case .team(let id)?: upLink = HeatmapPage.link(self, team: id)
        case .top?: upLink = HeatmapPage.link(self, team: nil)
        case nil: upLink = nil
        }
        lines = report.lines.map { line in
            switch line.subject {
            case .team(let team):
                HeatmapPage.Row(group: line.group, label: team.name,
                                subteamsLink: line.hasSubteams ? HeatmapPage.link(self, team: team.id) : nil,
                                peopleLink: peopleLink("team:\(team.id)"), cells: line.cells, inScope: line.inScope)
            case .ownMembers(let team):
                HeatmapPage.Row(group: line.group, label: text(.heatmapOwnMembers, ["team": team.name]), subteamsLink: nil,
                                peopleLink: peopleLink("members:\(team.id)"), cells: line.cells, inScope: line.inScope)
            case .market(let market):
                HeatmapPage.Row(group: line.group, label: text.market(market), subteamsLink: nil,
                                peopleLink: peopleLink("market:\(market.id)"), cells: line.cells, inScope: line.inScope)
            case .unassigned:
                HeatmapPage.Row(group: line.group, label: report.rows == .markets ? text(.heatmapNoMarket) : text(.heatmapNoTeam),
                                subteamsLink: nil, peopleLink: nil, cells: line.cells, inScope: line.inScope)
            }
        }
        competencies = framework.competencies.filter { report.total[$0.id] != nil }
    }

    func peopleLink(_ group: String) -> String {
        var link = "/competence/cycles/\(cycle.id)/people?group=\(group)"
        if let jobRole { link += "&jobRole=\(jobRole.rawValue)" }
        if adjustment != nil { link += "&adjust=leniency" }
        return link
    }
}
