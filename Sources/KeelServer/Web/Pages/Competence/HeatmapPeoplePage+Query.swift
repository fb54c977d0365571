import KeelStore
import SalesDomain
import Vapor

extension HeatmapPeoplePage.Model {
    /// At most this many people are listed; a bigger group is narrowed by its sub-teams.
    static let limit = 500

    /// `group` is `team:<id>` (the team and every team below it), `members:<id>` (the team's own
    /// members), `market:<id>` or `organization`, each checked against the viewer's reach.
    static func query(_ request: Request) async throws -> Self {
        let policy = try await request.policy()
        let store = try request.competence
        let directory = try request.directory
        let cycleID = try request.id("cycleID", as: AssessmentCycle.ID.self, entity: "assessment cycle")
        guard let cycle = try await store.cycleSummaries().first(where: { $0.id == cycleID }) else {
            throw APIError.notFound("assessment cycle")
        }
        guard let framework = try await store.framework(cycle.framework) else { throw APIError.notFound("framework version") }
        let jobRole = try request.jobRoleFilter()
        let raw = (try? request.query.get(String.self, at: "group")) ?? ""
        let text = Localizer(request.language)

        let group: CompetenceGroup
        let groupName: String
        var onlyTeam: Team.ID?
        if raw.hasPrefix("members:"), let id = Team.ID(uuidString: String(raw.dropFirst("members:".count))) {
            let team = try await request.visibleTeam(id)
            group = .team(id)
            onlyTeam = id
            groupName = text(.heatmapOwnMembers, ["team": team.name])
        } else if let scope = AnalysisScope(raw) {
            _ = try await directory.subject(scope, for: policy, field: "group")
            switch scope {
            case .team(let id):
                group = .team(id)
                groupName = try await directory.team(id)?.name ?? id.description
            case .market(let id):
                group = .market(id)
                groupName = try await directory.market(id)?.name ?? id.description
            case .organization:
                group = .organization
                groupName = text(.scopeOrganization)
            case .person:
                throw APIError(.badRequest, code: "invalid_value", message: "a person is not a group; open their results instead", field: "group")
            }
        } else {
            throw APIError(.badRequest, code: "invalid_value",
                           message: "'\(raw)' is not a group; use team:<id>, members:<id>, market:<id> or organization", field: "group")
        }

        var entries: [HeatmapEntry]
        var adjustment: (exercise: CalibrationExercise, leniency: LeniencyAdjustment)?
        if try request.optionalQuery("adjust").map({ try APIError.parse(HeatmapAdjustment.self, $0, field: "adjust") }) == .leniency {
            let exercise = try await request.leniencyExercise(for: cycle)
            let adjusted = try await store.adjustedPeople(in: group, cycle: cycleID, jobRole: jobRole, exercise: exercise)
            entries = adjusted.entries
            adjustment = (exercise, adjusted.adjustment)
        } else {
            entries = try await store.people(in: group, cycle: cycleID, jobRole: jobRole)
        }
        entries = entries.filter { onlyTeam == nil || $0.teamID == onlyTeam }
        var lines: [HeatmapPeoplePage.Line] = []
        var hidden = 0
        // People are read a page of entries at a time, so a market of thousands stops reading
        // once the listing is full.
        reading: for start in stride(from: 0, to: entries.count, by: limit) {
            let page = entries[start..<min(start + limit, entries.count)]
            let people = Dictionary(try await directory.people(ids: page.map(\.personID)).map { ($0.id, $0) },
                                    uniquingKeysWith: { first, _ in first })
            for entry in page {
                guard let person = people[entry.personID], policy.canRead(person) || person.id == policy.viewer.personID else {
                    hidden += 1
                    continue
                }
                lines.append(.init(person: person, entry: entry))
                if lines.count >= limit { break reading }
            }
        }
        let rated = Set(entries.flatMap(\.levels.keys))
        return Self(
            cycle: cycle, framework: framework, groupName: groupName, jobRole: jobRole,
            lines: lines.sorted { $0.person.name < $1.person.name },
            competencies: framework.competencies.filter { rated.contains($0.id) }, hiddenCount: hidden, adjustment: adjustment)
    }
}
