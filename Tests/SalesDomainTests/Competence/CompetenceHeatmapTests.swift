import Foundation
import Testing
@testable import SalesDomain

@Suite struct CompetenceHeatmapTests {
    typealias F = CompetenceFixture
    let c1 = CompetenceFixture.competencyID(1)
    let c2 = CompetenceFixture.competencyID(2)

    /// | person | team | market | role | c1 level / target | c2 level / target |
    /// |--------|------|--------|------|-------------------|-------------------|
    /// | 1      | 1    | SE     | AE   | 3 / 4 (below)     | 4 / 3             |
    /// | 2      | 1    | SE     | AE   | 5 / 4             | — / 3             |
    /// | 3      | 2    | NO     | SDR  | 2 / 3 (below)     | 3 / —             |
    /// | 4      | —    | SE     | AE   | 4 / 4 (on target) | —                 |
    var entries: [HeatmapEntry] {
        [
            HeatmapEntry(personID: F.person(1), jobRole: .accountExecutive, teamID: Fixture.teamID(1), marketID: Fixture.sweden,
                         levels: [c1: 3, c2: 4], targets: [c1: 4, c2: 3]),
            HeatmapEntry(personID: F.person(2), jobRole: .accountExecutive, teamID: Fixture.teamID(1), marketID: Fixture.sweden,
                         levels: [c1: 5], targets: [c1: 4, c2: 3]),
            HeatmapEntry(personID: F.person(3), jobRole: .salesDevelopmentRepresentative, teamID: Fixture.teamID(2), marketID: Fixture.norway,
                         levels: [c1: 2, c2: 3], targets: [c1: 3]),
            HeatmapEntry(personID: F.person(4), jobRole: .accountExecutive, teamID: nil, marketID: Fixture.sweden,
                         levels: [c1: 4], targets: [c1: 4]),
        ]
    }

    @Test func teamsByCompetency() {
        let heatmap = CompetenceHeatmap(entries: entries, grouping: .teams)
        let team1 = HeatmapGroup.team(Fixture.teamID(1))
        let team2 = HeatmapGroup.team(Fixture.teamID(2))
        // team 1 × c1: (3+5)/2 = 4, below 1 of 2 = 0.5
        #expect(heatmap.cell(team1, c1).map { [$0.meanLevel, $0.belowTargetShare, Double($0.count)] } == [4, 0.5, 2])
        // team 1 × c2: only person 1 has a level: 4, below 0 of 1
        #expect(heatmap.cell(team1, c2).map { [$0.meanLevel, $0.belowTargetShare, Double($0.count)] } == [4, 0, 1])
        // team 2 × c1: 2, below 1 of 1
        #expect(heatmap.cell(team2, c1).map { [$0.meanLevel, $0.belowTargetShare, Double($0.count)] } == [2, 1, 1])
        // team 2 × c2: 3, nobody has a target → no share
        #expect(heatmap.cell(team2, c2)?.belowTargetShare == nil)
        #expect(heatmap.cell(team2, c2)?.meanLevel == 3)
        // person 4 has no team: 4, on target is not below
        #expect(heatmap.cell(.unassigned, c1).map { [$0.meanLevel, $0.belowTargetShare, Double($0.count)] } == [4, 0, 1])
        #expect(heatmap.groups == [team1, team2, .unassigned])
        #expect(heatmap.cells.count == 5)
    }

    @Test func marketsByCompetency() {
        let heatmap = CompetenceHeatmap(entries: entries, grouping: .markets)
        // SE × c1: persons 1, 2, 4 → (3+5+4)/3 = 4, below 1 of 3
        let sweden = heatmap.cell(.market(Fixture.sweden), c1)
        #expect(sweden?.meanLevel == 4)
        #expect(sweden?.tally == HeatmapTally(levelSum: 12, ratedCount: 3, targetedCount: 3, belowTargetCount: 1))
        #expect(abs(sweden!.belowTargetShare! - 1.0 / 3.0) < 1e-12)
        // NO × c1: person 3 → 2, below 1 of 1
        #expect(heatmap.cell(.market(Fixture.norway), c1)?.belowTargetShare == 1)
        #expect(heatmap.cell(.unassigned, c1) == nil)
    }

    @Test func filteringByJobRoleLeavesOthersOut() {
        let heatmap = CompetenceHeatmap(entries: entries, grouping: .teams, jobRole: .accountExecutive)
        #expect(heatmap.groups == [.team(Fixture.teamID(1)), .unassigned])
        #expect(CompetenceHeatmap(entries: entries, grouping: .teams, jobRole: .keyAccountManager).cells.isEmpty)
    }

    @Test func talliesAddAndSubtractSoRollupsCanBeMaintainedOnWrite() {
        // Person 1's c1 level moves from 3 (below 4) to 4.5: subtract the old contribution, add the new.
        var rollup = HeatmapTally(level: 3, target: 4) + HeatmapTally(level: 5, target: 4)
        rollup -= HeatmapTally(level: 3, target: 4)
        rollup += HeatmapTally(level: 4.5, target: 4)
        #expect(rollup == HeatmapTally(levelSum: 9.5, ratedCount: 2, targetedCount: 2, belowTargetCount: 0))
        #expect(rollup.meanLevel == 4.75)
        #expect(HeatmapTally.empty.meanLevel == nil)
    }

    @Test func aGroupEncodesAsKindAndId() throws {
        let group = HeatmapGroup.team(Fixture.teamID(1))
        let json = try JSONEncoder().encode(group)
        #expect(try JSONDecoder().decode(HeatmapGroup.self, from: json) == group)
        #expect(try JSONDecoder().decode(HeatmapGroup.self, from: Data(#"{"kind":"unassigned"}"#.utf8)) == .unassigned)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(HeatmapGroup.self, from: Data(#"{"kind":"region"}"#.utf8)) }
    }

    /// One type names a heatmap's rows, from the URL's `rows=` to a heatmap's grouping.
    @Test func theRowKindIsTheURLsNameAndTheRowsKind() throws {
        #expect(HeatmapRowKind.allCases.map(\.rawValue) == ["teams", "markets"])
        #expect(HeatmapRows.teams(under: Fixture.teamID(1)).kind == .teams)
        #expect(HeatmapRows.teams(under: nil).kind == .teams)
        #expect(HeatmapRows.markets.kind == .markets)
        #expect(HeatmapRowKind(rawValue: "team") == nil)
        #expect(try JSONEncoder().encode(HeatmapRowKind.markets) == Data(#""markets""#.utf8))
    }

    @Test func anEntryIsMadeFromAPersonAndTheirProfile() {
        let person = Fixture.person(1, team: 3, market: Fixture.norway)
        let entry = HeatmapEntry(person: person, levels: [c1: 2], profile: F.profile())
        #expect(entry.group(by: .teams) == .team(Fixture.teamID(3)))
        #expect(entry.group(by: .markets) == .market(Fixture.norway))
        #expect(entry.targets == [c1: 4, c2: 3])
    }
}
