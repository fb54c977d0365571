import Testing
@testable import SalesDomain

@Suite struct CompetencyTrendTests {
    typealias F = CompetenceFixture

    /// Cycles opened on day 0 (1), day 90 (2) and day 240 (3), passed out of order; cycle 4 is not passed.
    ///
    /// | competency | cycle 1 | cycle 2 | cycle 3 | cycle 4 | points (change)            |
    /// |------------|---------|---------|---------|---------|----------------------------|
    /// | 1          | 2       | 3       | 3.5     | 5       | 2 (—), 3 (+1), 3.5 (+0.5)  |
    /// | 2          | 3       | —       | 2       |         | 3 (—), 2 (−1)              |
    let cycles = [F.cycle(3, openedOn: 240), F.cycle(1, openedOn: 0), F.cycle(2, openedOn: 90)]
    let levels = [
        (3, 1, 3.5), (1, 1, 2), (2, 1, 3), (4, 1, 5),
        (1, 2, 3), (3, 2, 2),
    ].map { cycle, competency, level in
        ConsolidatedLevel(cycleID: F.cycleID(cycle), personID: F.person(1), competencyID: F.competencyID(competency), level: level, sources: [.manager])
    }

    @Test func pointsFollowTheCycleOrderWithTheChangeFromThePrevious() {
        let trends = CompetencyTrend.trends(of: levels, cycles: cycles)
        #expect(trends.map(\.competencyID) == [F.competencyID(1), F.competencyID(2)])
        #expect(trends[0].points == [
            .init(cycleID: F.cycleID(1), level: 2, change: nil),
            .init(cycleID: F.cycleID(2), level: 3, change: 1),
            .init(cycleID: F.cycleID(3), level: 3.5, change: 0.5),
        ])
        #expect(trends[0].latestChange == 0.5)
    }

    @Test func aCycleWithoutALevelIsSkippedNotReadAsADrop() {
        let trend = CompetencyTrend.trends(of: levels, cycles: cycles)[1]
        #expect(trend.points.map(\.cycleID) == [F.cycleID(1), F.cycleID(3)])
        #expect(trend.points.map(\.change) == [nil, -1])
    }

    @Test func eachPersonHasTheirOwnTrend() {
        let other = ConsolidatedLevel(cycleID: F.cycleID(1), personID: F.person(2), competencyID: F.competencyID(1), level: 4, sources: [.manager])
        let trends = CompetencyTrend.trends(of: levels + [other], cycles: cycles)
        #expect(trends.count == 3)
        #expect(trends.last?.personID == F.person(2))
        #expect(trends.last?.latestChange == nil)
    }
}
