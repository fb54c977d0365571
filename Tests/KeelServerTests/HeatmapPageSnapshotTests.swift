import Foundation
@testable import KeelServer
@testable import KeelStore
import SalesDomain
import Testing

/// The heatmap page rendered from a fixed report, without a server or a database: what a
/// manager of the Swedish team sees, in English and Swedish.
@Suite struct HeatmapPageSnapshotTests {
    static let organization = Organization.ID(UUID(uuidString: "00000000-0000-0000-0000-00000000000a")!)
    static func id(_ kind: Int, _ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-%04d-%012d", kind, n))! }

    static let sweden = Team(id: .init(id(1, 2)), organizationID: organization, name: "Sweden", parentID: .init(id(1, 1)))
    static let stockholm = Team(id: .init(id(1, 3)), organizationID: organization, name: "Stockholm", parentID: sweden.id)
    static let gothenburg = Team(id: .init(id(1, 4)), organizationID: organization, name: "Göteborg & <Väst>", parentID: sweden.id)
    static let city = Team(id: .init(id(1, 5)), organizationID: organization, name: "Stockholm City", parentID: stockholm.id)
    /// Participants, none rated yet: a row of its own with n 0/3, not left out.
    static let malmo = Team(id: .init(id(1, 6)), organizationID: organization, name: "Malmö", parentID: sweden.id)
    static let teams = [sweden, stockholm, gothenburg, city, malmo]

    static let competencies = [
        Competency(id: .init(id(4, 1)), key: "prospecting", name: LocalizedText(english: "Prospecting", swedish: "Prospektering"),
                   levels: (1...5).map { LevelDescription(level: $0, behavior: "Level \($0)") }),
        Competency(id: .init(id(4, 2)), key: "closing", name: LocalizedText(english: "Closing", swedish: "Avslut"),
                   levels: (1...5).map { LevelDescription(level: $0, behavior: "Level \($0)") }),
        Competency(id: .init(id(4, 3)), key: "unrated", name: "Unrated", levels: (1...5).map { LevelDescription(level: $0, behavior: "Level \($0)") }),
    ]
    static let framework = CompetencyFramework(
        id: .init(id(5, 1)), organizationID: organization, key: "nordic", name: "Nordic selling",
        areas: [CompetencyArea(id: .init(id(6, 1)), key: "selling", name: "Selling", competencies: competencies)])
    static let cycle = AssessmentCycleSummary(
        id: .init(id(3, 1)), name: "Spring 2026", framework: FrameworkVersionReference(frameworkID: framework.id, version: 1),
        policy: .managerRating, participantCount: 9, openedAt: Date(timeIntervalSince1970: 1_767_571_200), openedBy: nil,
        closedAt: Date(timeIntervalSince1970: 1_770_000_000), closedBy: nil)

    static func tally(_ levels: [Double], target: Int) -> HeatmapTally {
        levels.reduce(into: HeatmapTally.empty) { $0 += HeatmapTally(level: $1, target: target) }
    }

    static var report: HeatmapReport {
        let manager = Person(id: .init(id(2, 1)), organizationID: organization, name: "Manager", email: "m@example.com",
                             jobRole: .salesManager, accessRole: .manager, teamID: sweden.id)
        let policy = AccessPolicy(viewer: Viewer(manager), hierarchy: TeamHierarchy(teams))
        let cells: [HeatmapCell] = [
            HeatmapCell(group: .team(sweden.id), competencyID: competencies[0].id, tally: tally([3], target: 3)),
            HeatmapCell(group: .team(stockholm.id), competencyID: competencies[0].id, tally: tally([2, 3, 4.5], target: 3)),
            HeatmapCell(group: .team(stockholm.id), competencyID: competencies[1].id, tally: tally([2, 2], target: 3)),
            HeatmapCell(group: .team(gothenburg.id), competencyID: competencies[0].id, tally: tally([4, 4], target: 3)),
        ]
        return HeatmapReport(
            query: HeatmapQuery(cycle: cycle.id, rows: .start, jobRole: .accountExecutive), rows: .teams(under: sweden.id), cells: cells,
            teams: teams, markets: [], policy: policy,
            inScope: [.team(sweden.id): 2, .team(stockholm.id): 4, .team(gothenburg.id): 2, .team(malmo.id): 3])
    }

    @Test(arguments: [Language.english, .swedish])
    func aManagersHeatmapOfTheirSubteams(language: Language) {
        // setup
        let text = Localizer(language)
        let model = HeatmapPage.Model(report: Self.report, cycle: Self.cycle, cycles: [Self.cycle], framework: Self.framework, text: text)
        // MUT
        let html = HeatmapPage.render(model, context: PageContext(text: text, viewer: nil, capabilities: [], csrfToken: "token", path: "/"))
            .render()
        // validate
        #expect(model.lines.map(\.label) == [text(.heatmapOwnMembers, ["team": "Sweden"]), "Göteborg & <Väst>", "Malmö", "Stockholm"])
        #expect(model.lines.map(\.inScope) == [2, 2, 3, 4])
        #expect(model.totalInScope == 11)
        #expect(model.lines.map { $0.subteamsLink != nil } == [false, false, false, true])
        #expect(html.contains("n 3/4"), "Stockholm's prospecting: 3 rated of 4 in scope")
        #expect(html.contains("n 0/3"), "Malmö: nobody rated of 3")
        #expect(html.contains("heat-shortfall-"), "cells are coloured by the share below target")
        #expect(!html.contains("heat-level-"), "not by the level")
        #expect(html.contains("class=\"sticky-first\""))
        #expect(model.lines.allSatisfy { $0.subteamsLink.map { $0.contains("jobRole=account_executive") } ?? true })
        #expect(model.competencies.map(\.key) == ["prospecting", "closing"], "a competency nobody was rated on has no column")
        #expect(model.upLink == nil, "the manager cannot see above Sweden")
        expectSnapshot(html, named: "heatmap-manager-\(language.rawValue)")
    }

    /// The people behind Stockholm: one rated below target, one with nothing submitted —
    /// listed, as not rated.
    @Test(arguments: [Language.english, .swedish])
    func theDrillDownListsThePeopleNobodyRatedAsNotRated(language: Language) {
        // setup
        let manager = Person(id: .init(Self.id(2, 1)), organizationID: Self.organization, name: "Manager", email: "m@example.com",
                             jobRole: .salesManager, accessRole: .manager, teamID: Self.sweden.id)
        let policy = AccessPolicy(viewer: Viewer(manager), hierarchy: TeamHierarchy(Self.teams))
        let astrid = Person(id: .init(Self.id(2, 2)), organizationID: Self.organization, name: "Astrid Lindberg", email: "a@example.com",
                            jobRole: .accountExecutive, accessRole: .seller, teamID: Self.stockholm.id)
        let bo = Person(id: .init(Self.id(2, 3)), organizationID: Self.organization, name: "Bo Ek", email: "b@example.com",
                        jobRole: .accountExecutive, accessRole: .seller, teamID: Self.city.id)
        let rated = HeatmapEntry(personID: bo.id, jobRole: .accountExecutive, teamID: Self.city.id, marketID: nil,
                                 levels: [Self.competencies[0].id: 2], targets: [Self.competencies[0].id: 3, Self.competencies[1].id: 3])
        let report = HeatmapPeopleReport(
            query: HeatmapPeopleQuery(cycle: Self.cycle.id, group: .team(Self.stockholm.id), jobRole: .accountExecutive), subject: .team(Self.stockholm),
            entries: [rated], participants: [astrid, bo], policy: policy)
        let text = Localizer(language)
        let model = HeatmapPeoplePage.Model(report: report, people: [astrid, bo], cycle: Self.cycle, framework: Self.framework, text: text)
        // MUT
        let html = HeatmapPeoplePage.render(model, context: PageContext(text: text, viewer: nil, capabilities: [], csrfToken: "token", path: "/"))
            .render()
        // validate
        #expect(model.lines.map(\.person.name) == ["Astrid Lindberg", "Bo Ek"])
        #expect(html.contains("id=\"person-\(astrid.id)\""), "nothing submitted, still listed")
        #expect(html.components(separatedBy: text(.heatmapNotRated)).count - 1 == 2, "Astrid's badge and her prospecting cell")
        #expect(html.contains(text(.heatmapPeopleRated, ["rated": "1", "count": "2"])))
        #expect(html.contains("heat-shortfall-"), "Bo's 2 against a target of 3 is coloured as a gap")
        expectSnapshot(html, named: "heatmap-people-manager-\(language.rawValue)")
    }
}
