import Testing
@testable import SalesDomain

@Suite struct RaterLeniencyTests {
    typealias F = CompetenceFixture

    /// Raters 7, 8, 9 on four targets (— = not scored):
    ///
    /// | target | 7 | 8 | 9 | deviation of 7        | of 8              | of 9                  |
    /// |--------|---|---|---|-----------------------|-------------------|-----------------------|
    /// | 1      | 4 | 3 | 2 | 4 − (3+2)/2 = +1.5    | 3 − (4+2)/2 = 0   | 2 − (4+3)/2 = −1.5    |
    /// | 2      | 5 | 4 | 3 | 5 − 3.5 = +1.5        | 4 − 4 = 0         | 3 − 4.5 = −1.5        |
    /// | 3      | 3 | — | 1 | 3 − 1 = +2            |                   | 1 − 3 = −2            |
    /// | 4      | — | 5 | — | (only one rater: skipped)                                         |
    ///
    /// leniency 7 = (1.5+1.5+2)/3 = 5/3, over 3 targets; 8 = 0 over 2; 9 = −5/3 over 3.
    static let observations: [RatingObservation<Int, Person.ID>] = [
        (1, 7, 4), (1, 8, 3), (1, 9, 2),
        (2, 7, 5), (2, 8, 4), (2, 9, 3),
        (3, 7, 3), (3, 9, 1),
        (4, 8, 5),
    ].map { RatingObservation(target: $0.0, rater: F.person($0.1), score: $0.2) }

    @Test func leniencyIsTheMeanDeviationFromTheOtherRatersOnSharedTargets() {
        let leniency = RaterLeniency.estimate(from: Self.observations)
        #expect(leniency.map(\.rater) == [F.person(7), F.person(8), F.person(9)])
        #expect(abs(leniency[0].leniency - 5.0 / 3.0) < 1e-12)
        #expect(leniency[1].leniency == 0)
        #expect(abs(leniency[2].leniency + 5.0 / 3.0) < 1e-12)
        #expect(leniency.map(\.comparedTargetCount) == [3, 2, 3])
    }

    @Test func aRaterWithNoSharedTargetHasNoLeniency() {
        let alone = [RatingObservation(target: 5, rater: F.person(6), score: 5)]
        #expect(!RaterLeniency.estimate(from: Self.observations + alone).contains { $0.rater == F.person(6) })
    }

    @Test func adjustmentSubtractsLeniencyAndStaysOnTheScale() {
        let adjustment = LeniencyAdjustment(RaterLeniency.estimate(from: Self.observations), scale: .standard)
        // rater 7 (+5/3): 5 → 3.333…, 2 → 0.333… clamped to 1
        #expect(abs(adjustment.adjustedLevel(5, ratedBy: F.person(7)) - 10.0 / 3.0) < 1e-12)
        #expect(adjustment.adjustedLevel(2, ratedBy: F.person(7)) == 1)
        // rater 9 (−5/3): 3 → 4.666…, 4 → 5.666… clamped to 5
        #expect(abs(adjustment.adjustedLevel(3, ratedBy: F.person(9)) - 14.0 / 3.0) < 1e-12)
        #expect(adjustment.adjustedLevel(4, ratedBy: F.person(9)) == 5)
        // unknown rater: unchanged
        #expect(adjustment.adjustedLevel(4, ratedBy: F.person(1)) == 4)
    }

    @Test func selfAssessmentsAreNotAdjusted() {
        let adjustment = LeniencyAdjustment(leniencyByRater: [F.person(7): 1], scale: .standard)
        #expect(adjustment.adjustedLevel(of: F.rating(1, rater: 7, ratee: 7, competency: 1, .selfAssessment, level: 4)) == 4)
        #expect(adjustment.adjustedLevel(of: F.rating(2, rater: 7, ratee: 1, competency: 1, .manager, level: 4)) == 3)
        #expect(adjustment.adjustedLevel(of: F.rating(3, rater: 7, ratee: 1, competency: 1, .peer, level: 4)) == 3)
    }
}
