import KeelStore
import SalesDomain
import Vapor

extension HeatmapPage.Model {
    /// The heatmap the query asks for, within the viewer's reach: organization-wide rows
    /// (top-level teams, markets) for leadership — a market leader sees their markets' rows —
    /// and a team's sub-teams for anyone who may see the team; a manager starts at their own.
    static func query(_ request: Request) async throws -> Self {
        let viewer = try request.signedIn.person
        let policy = try await request.policy()
        let store = try request.competence
        let directory = try request.directory
        let cycleID = try request.id("cycleID", as: AssessmentCycle.ID.self, entity: "assessment cycle")
        let cycles = try await store.cycleSummaries()
        guard let cycle = cycles.first(where: { $0.id == cycleID }) else { throw APIError.notFound("assessment cycle") }
        guard let framework = try await store.framework(cycle.framework) else { throw APIError.notFound("framework version") }

        let jobRole = try Self.jobRole(request)
        let allMarkets = try await directory.markets()
        let seesMarkets = policy.canReadOrganization || allMarkets.contains { policy.canRead(market: $0.id) }
        let rows: HeatmapPage.Rows
        switch try? request.query.get(String.self, at: "rows") {
        case nil, "", "teams": rows = .teams
        case "markets": rows = .markets
        case let other?:
            throw APIError(.badRequest, code: "invalid_value", message: "'\(other)' is not a kind of row; use teams or markets", field: "rows")
        }

        let teams = try await directory.teams()
        let teamByID = Dictionary(teams.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let heatmapRows: HeatmapRows
        var parent: Team?
        switch rows {
        case .markets:
            guard seesMarkets else { throw APIError.forbidden }
            heatmapRows = .markets
        case .teams:
            if let raw = try? request.query.get(String.self, at: "team"), !raw.isEmpty {
                guard let id = Team.ID(uuidString: raw) else { throw APIError.notFound("team") }
                parent = try await request.visibleTeam(id)
            } else if !policy.canReadOrganization {
                guard let own = viewer.teamID, let team = teamByID[own] else { throw APIError.forbidden }
                parent = try await request.visibleTeam(team.id)
            }
            heatmapRows = .teams(under: parent?.id)
        }

        let calibration = try await store.latestClosedCalibration(framework: cycle.framework.frameworkID)
        let heatmap: CompetenceHeatmap
        var adjustment: LeniencyAdjustment?
        if try Self.adjustsForLeniency(request) {
            guard let calibration else { throw APIError.noMeasuredLeniency }
            let adjusted = try await store.adjustedHeatmap(cycle: cycleID, rows: heatmapRows, jobRole: jobRole, exercise: calibration)
            heatmap = adjusted.heatmap
            adjustment = adjusted.adjustment
        } else {
            heatmap = try await store.heatmap(cycle: cycleID, rows: heatmapRows, jobRole: jobRole)
        }

        let markets = Dictionary(allMarkets.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let text = Localizer(request.language)
        let teamsWithChildren = Set(teams.compactMap(\.parentID))
        var lines: [HeatmapGroup: HeatmapPage.Row] = [:]
        for cell in heatmap.cells {
            switch cell.group {
            case .team(let id):
                guard let team = teamByID[id], policy.canRead(team) else { continue }
                lines[cell.group, default: HeatmapPage.Row(
                    group: cell.group,
                    label: id == parent?.id ? text(.heatmapOwnMembers, ["team": team.name]) : team.name,
                    subteamsLink: nil,
                    peopleLink: nil, cells: [:])].cells[cell.competencyID] = cell.tally
            case .market(let id):
                guard policy.canRead(market: id) else { continue }
                lines[cell.group, default: HeatmapPage.Row(group: cell.group, label: markets[id] ?? id.description, cells: [:])]
                    .cells[cell.competencyID] = cell.tally
            case .unassigned:
                guard policy.canReadOrganization else { continue }
                lines[cell.group, default: HeatmapPage.Row(
                    group: cell.group, label: rows == .teams ? text(.heatmapNoTeam) : text(.heatmapNoMarket), cells: [:])]
                    .cells[cell.competencyID] = cell.tally
            }
        }
        var model = Self(
            cycle: cycle, cycles: cycles, framework: framework, rows: rows, parent: parent, upLink: nil, jobRole: jobRole,
            calibration: calibration, adjustment: adjustment, canCompareMarkets: seesMarkets, lines: [], total: [:], competencies: [])
        // Links need the model's filters, so they are set once it exists.
        if let parent {
            if let grandparent = parent.parentID.flatMap({ teamByID[$0] }), policy.canRead(grandparent) {
                model.upLink = HeatmapPage.link(model, team: grandparent.id)
            } else if parent.parentID == nil, policy.canReadOrganization {
                model.upLink = HeatmapPage.link(model, team: nil)
            }
        }
        model.lines = lines.values.sorted { $0.label < $1.label }.map { line in
            var line = line
            switch line.group {
            case .team(let id):
                if id != parent?.id, teamsWithChildren.contains(id) { line.subteamsLink = HeatmapPage.link(model, team: id) }
                line.peopleLink = model.peopleLink(id == parent?.id ? "members:\(id)" : "team:\(id)")
            case .market(let id):
                line.peopleLink = model.peopleLink("market:\(id)")
            case .unassigned:
                line.peopleLink = nil
            }
            return line
        }
        for line in model.lines {
            for (competency, tally) in line.cells { model.total[competency, default: HeatmapTally()] = model.total[competency, default: HeatmapTally()] + tally }
        }
        model.competencies = framework.competencies.filter { model.total[$0.id] != nil }
        return model
    }

    func peopleLink(_ group: String) -> String {
        var link = "/competence/cycles/\(cycle.id)/people?group=\(group)"
        if let jobRole { link += "&jobRole=\(jobRole.rawValue)" }
        if adjustment != nil { link += "&adjust=leniency" }
        return link
    }

    /// `adjust=leniency` asks for manager ratings corrected by the latest calibration; absent or
    /// empty for the ratings as given.
    static func adjustsForLeniency(_ request: Request) throws -> Bool {
        switch try? request.query.get(String.self, at: "adjust") {
        case nil, "": false
        case "leniency": true
        case let other?:
            throw APIError(.badRequest, code: "invalid_value", message: "'\(other)' is not an adjustment; use leniency", field: "adjust")
        }
    }

    /// The `jobRole` filter: empty or absent for every role.
    static func jobRole(_ request: Request) throws -> JobRole? {
        guard let raw = try? request.query.get(String.self, at: "jobRole"), !raw.isEmpty else { return nil }
        guard let role = JobRole(rawValue: raw) else {
            throw APIError(.badRequest, code: "invalid_value", message: "'\(raw)' is not a job role", field: "jobRole")
        }
        return role
    }
}
