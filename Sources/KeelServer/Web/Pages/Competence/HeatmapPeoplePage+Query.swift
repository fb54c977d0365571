import KeelStore
import SalesDomain
import Vapor

extension HeatmapPeoplePage.Model {
    /// At most this many people are listed; a bigger group is narrowed by its sub-teams.
    static let limit = 500

    /// The drill-down's one query (`CompetenceStore.heatmapPeople`), answered for the viewer's
    /// policy exactly as the API answers it, with the names of the people listed.
    static func query(_ request: Request) async throws -> Self {
        let store = try request.competence
        let report = try await store.heatmapPeople(try request.heatmapPeopleQuery(), for: try await request.policy())
        guard let cycle = try await store.cycleSummary(report.query.cycle) else { throw APIError.notFound() }
        guard let framework = try await store.framework(cycle.framework) else { throw APIError.notFound() }
        let listed = Array(report.entries.prefix(limit))
        let people = try await request.directory.people(ids: listed.map(\.personID))
        return Self(report: report, people: people, cycle: cycle, framework: framework, text: try await request.localizer)
    }

    /// The page from the report and the listed people's records, named in the reader's language.
    init(report: HeatmapPeopleReport, people: [Person], cycle: AssessmentCycleSummary, framework: CompetencyFramework, text: Localizer) {
        let byID = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let lines = report.entries.prefix(Self.limit).compactMap { entry in byID[entry.personID].map { HeatmapPeoplePage.Line(person: $0, entry: entry) } }
        let groupName = switch (report.query.group, report.subject) {
        case (.members, .team(let team)): text(.heatmapOwnMembers, ["team": team.name])
        case (_, .team(let team)): team.name
        case (_, .market(let market)): text.market(market)
        case (_, .person(let person)): person.name
        case (_, .organization): text(.scopeOrganization)
        }
        let rated = Set(report.entries.flatMap(\.levels.keys))
        self.init(
            cycle: cycle, framework: framework, groupName: groupName, jobRole: report.query.jobRole,
            lines: lines.sorted { $0.person.name < $1.person.name },
            competencies: framework.competencies.filter { rated.contains($0.id) }, hiddenCount: report.hiddenCount,
            adjustment: report.calibration.flatMap { exercise in report.adjustment.map { (exercise, $0) } })
    }
}
