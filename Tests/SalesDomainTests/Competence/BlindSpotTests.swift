import Testing
@testable import SalesDomain

@Suite struct BlindSpotTests {
    typealias F = CompetenceFixture

    /// | competency | self | manager(s) | self − manager | blind spot (≥ 1) |
    /// |------------|------|------------|----------------|------------------|
    /// | 1          | 5    | 4          | +1             | over-estimation  |
    /// | 2          | 2    | 4          | −2             | under-estimation |
    /// | 3          | 3    | 3, 4 → 3.5 | −0.5           | none             |
    /// | 4          | 4    | —          | —              | none             |
    /// | 5          | 3    | 2, 2 → 2   | +1             | over-estimation  |
    ///
    /// A draft self-assessment of 1 on competency 3 and a peer rating of 1 on competency 1 are ignored.
    let ratings: [Rating] = [
        F.rating(1, rater: 1, ratee: 1, competency: 1, .selfAssessment, level: 5),
        F.rating(2, rater: 9, ratee: 1, competency: 1, .manager, level: 4),
        F.rating(3, rater: 1, ratee: 1, competency: 2, .selfAssessment, level: 2),
        F.rating(4, rater: 9, ratee: 1, competency: 2, .manager, level: 4),
        F.rating(5, rater: 1, ratee: 1, competency: 3, .selfAssessment, level: 3),
        F.rating(6, rater: 9, ratee: 1, competency: 3, .manager, level: 3),
        F.rating(7, rater: 8, ratee: 1, competency: 3, .manager, level: 4),
        F.rating(8, rater: 1, ratee: 1, competency: 4, .selfAssessment, level: 4),
        F.rating(9, rater: 1, ratee: 1, competency: 5, .selfAssessment, level: 3),
        F.rating(10, rater: 9, ratee: 1, competency: 5, .manager, level: 2),
        F.rating(11, rater: 8, ratee: 1, competency: 5, .manager, level: 2),
        F.rating(12, rater: 2, ratee: 1, competency: 1, .peer, level: 1),
        F.rating(13, rater: 1, ratee: 1, competency: 3, .selfAssessment, level: 1, submitted: false),
    ]

    @Test func differencesOfAtLeastOneLevelEitherWayAreBlindSpots() {
        let spots = BlindSpot.find(in: ratings)
        #expect(spots.map(\.competencyID) == [F.competencyID(1), F.competencyID(2), F.competencyID(5)])
        #expect(spots.map(\.difference) == [1, -2, 1])
        #expect(spots.map(\.direction) == [.overEstimation, .underEstimation, .overEstimation])
        #expect(spots[1].selfLevel == 2)
        #expect(spots[1].managerLevel == 4)
    }

    @Test func aWiderThresholdLeavesOnlyTheLargerDifferences() {
        #expect(BlindSpot.find(in: ratings, threshold: 2).map(\.competencyID) == [F.competencyID(2)])
    }

    @Test func theManagerSideIsTheMeanOfAllManagersRatings() {
        // self 3; managers 1, 3, 2 → (1+3+2)/3 = 2; 3 − 2 = +1 → over-estimation.
        let ratings = [
            F.rating(1, rater: 1, ratee: 1, competency: 1, .selfAssessment, level: 3),
            F.rating(2, rater: 7, ratee: 1, competency: 1, .manager, level: 1),
            F.rating(3, rater: 8, ratee: 1, competency: 1, .manager, level: 3),
            F.rating(4, rater: 9, ratee: 1, competency: 1, .manager, level: 2),
        ]
        #expect(BlindSpot.find(in: ratings).map(\.difference) == [1])
    }

    /// The same rule on two stored levels: 3.5 against 2.5 is one level over; 3 against 3.5 is none.
    @Test func aBlindSpotBetweenTwoLevelsFollowsTheSameThreshold() {
        let spot = BlindSpot.between(
            selfLevel: 3.5, managerLevel: 2.5, cycleID: F.cycleID(1), personID: F.person(1), competencyID: F.competencyID(1))
        #expect(spot?.direction == .overEstimation)
        #expect(spot?.difference == 1)
        #expect(BlindSpot.between(
            selfLevel: 3, managerLevel: 3.5, cycleID: F.cycleID(1), personID: F.person(1), competencyID: F.competencyID(1)) == nil)
        #expect(BlindSpot.between(
            selfLevel: 1, managerLevel: 3, cycleID: F.cycleID(1), personID: F.person(1), competencyID: F.competencyID(1))?.direction
            == .underEstimation)
    }
}
