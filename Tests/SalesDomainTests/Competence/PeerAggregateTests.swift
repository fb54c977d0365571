import Testing
@testable import SalesDomain

@Suite struct PeerAggregateTests {
    typealias F = CompetenceFixture

    func visible(_ ratings: [Rating]) -> PeerAggregate? {
        PeerAggregate.visible(for: F.person(1), competency: F.competencyID(1), cycle: F.cycleID(1), in: ratings)
    }

    @Test func twoPeersAreNotShown() {
        #expect(visible([
            F.rating(1, rater: 2, ratee: 1, competency: 1, .peer, level: 4),
            F.rating(2, rater: 3, ratee: 1, competency: 1, .peer, level: 2),
            F.rating(3, rater: 9, ratee: 1, competency: 1, .manager, level: 3),
        ]) == nil)
    }

    @Test func threePeersAreShownAsTheirMean() {
        // (3 + 4 + 5) / 3 = 4
        #expect(visible([
            F.rating(1, rater: 2, ratee: 1, competency: 1, .peer, level: 3),
            F.rating(2, rater: 3, ratee: 1, competency: 1, .peer, level: 4),
            F.rating(3, rater: 4, ratee: 1, competency: 1, .peer, level: 5),
        ]) == PeerAggregate(cycleID: F.cycleID(1), personID: F.person(1), competencyID: F.competencyID(1), raterCount: 3, meanLevel: 4))
    }

    @Test func draftsOtherCompetenciesAndRepeatedPeersDoNotMakeUpTheNumbers() {
        let ratings = [
            F.rating(1, rater: 2, ratee: 1, competency: 1, .peer, level: 3),
            F.rating(2, rater: 2, ratee: 1, competency: 1, .peer, level: 5),
            F.rating(3, rater: 3, ratee: 1, competency: 1, .peer, level: 4, submitted: false),
            F.rating(4, rater: 4, ratee: 1, competency: 2, .peer, level: 4),
            F.rating(5, rater: 5, ratee: 1, competency: 1, .peer, level: 2),
            F.rating(6, cycle: 2, rater: 6, ratee: 1, competency: 1, .peer, level: 2),
        ]
        #expect(visible(ratings) == nil)
        // A third distinct peer: peer 2 counts once with (3+5)/2 = 4; (4 + 2 + 3) / 3 = 3
        let aggregate = visible(ratings + [F.rating(7, rater: 7, ratee: 1, competency: 1, .peer, level: 3)])
        #expect(aggregate?.raterCount == 3)
        #expect(aggregate?.meanLevel == 3)
    }
}
