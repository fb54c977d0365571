import Foundation
import Testing
@testable import SalesDomain

@Suite struct LevelConsolidationTests {
    typealias F = CompetenceFixture

    /// Person 1 in cycle 1, rated by manager 9, themselves and peers 2, 3, 4:
    ///
    /// | competency | manager | self | peers        |
    /// |------------|---------|------|--------------|
    /// | 1          | 3       | 5    | 4, 4, 2      |
    /// | 2          | 2       | 4    | —            |
    /// | 3          | —       | 3    | —            |
    ///
    /// plus a draft manager rating of 1 on competency 1, which must not count.
    let ratings: [Rating] = [
        F.rating(1, rater: 9, ratee: 1, competency: 1, .manager, level: 3),
        F.rating(2, rater: 1, ratee: 1, competency: 1, .selfAssessment, level: 5),
        F.rating(3, rater: 2, ratee: 1, competency: 1, .peer, level: 4),
        F.rating(4, rater: 3, ratee: 1, competency: 1, .peer, level: 4),
        F.rating(5, rater: 4, ratee: 1, competency: 1, .peer, level: 2),
        F.rating(6, rater: 9, ratee: 1, competency: 2, .manager, level: 2),
        F.rating(7, rater: 1, ratee: 1, competency: 2, .selfAssessment, level: 4),
        F.rating(8, rater: 1, ratee: 1, competency: 3, .selfAssessment, level: 3),
        F.rating(9, rater: 8, ratee: 1, competency: 1, .manager, level: 1, submitted: false),
    ]

    @Test func byDefaultTheManagersRatingIsTheLevel() {
        // competency 1: 3; competency 2: 2; competency 3: no manager rating → no level.
        let levels = LevelConsolidation.consolidate(ratings)
        #expect(levels == [
            ConsolidatedLevel(cycleID: F.cycleID(1), personID: F.person(1), competencyID: F.competencyID(1), level: 3, sources: [.manager]),
            ConsolidatedLevel(cycleID: F.cycleID(1), personID: F.person(1), competencyID: F.competencyID(2), level: 2, sources: [.manager]),
        ])
    }

    @Test func aWeightedMeanAveragesPeersFirstAndRenormalizesMissingSources() throws {
        let policy = try ConsolidationPolicy(managerWeight: 2, selfWeight: 1, peerWeight: 1)
        let levels = LevelConsolidation.consolidate(ratings, policy: policy).levels(of: F.person(1), in: F.cycleID(1))
        // competency 1: P = (4+4+2)/3 = 10/3;  (2·3 + 1·5 + 1·10/3) / (2+1+1) = (43/3)/4 = 43/12 ≈ 3.5833
        #expect(abs(levels[F.competencyID(1)]! - 43.0 / 12.0) < 1e-12)
        // competency 2: no peers, so their weight drops out: (2·2 + 1·4) / (2+1) = 8/3 ≈ 2.6667
        #expect(abs(levels[F.competencyID(2)]! - 8.0 / 3.0) < 1e-12)
        // competency 3: only the self-assessment: 1·3 / 1 = 3
        #expect(levels[F.competencyID(3)] == 3)
    }

    @Test func theSourcesUsedAreListedManagerFirst() throws {
        let policy = try ConsolidationPolicy(managerWeight: 1, selfWeight: 0, peerWeight: 1)
        let first = LevelConsolidation.consolidate(ratings, policy: policy).first
        // competency 1: (1·3 + 1·10/3) / 2 = 19/6; self has weight 0 and is not listed.
        #expect(first?.sources == [.manager, .peer])
        #expect(abs(first!.level - 19.0 / 6.0) < 1e-12)
    }

    @Test func cyclesAndPeopleAreConsolidatedSeparately() {
        let more = ratings + [
            F.rating(10, cycle: 2, rater: 9, ratee: 1, competency: 1, .manager, level: 4),
            F.rating(11, rater: 9, ratee: 2, competency: 1, .manager, level: 5),
        ]
        let levels = LevelConsolidation.consolidate(more)
        #expect(levels.levels(of: F.person(1), in: F.cycleID(2)) == [F.competencyID(1): 4])
        #expect(levels.levels(of: F.person(2), in: F.cycleID(1)) == [F.competencyID(1): 5])
        #expect(levels.levels(of: F.person(1), in: F.cycleID(1)) == [F.competencyID(1): 3, F.competencyID(2): 2])
    }

    @Test func managerAndPeerRatingsCanBeAdjustedForLeniencyButSelfAssessmentsNot() throws {
        // Manager 9 is 0.5 lenient, peer 4 is 1 severe (−1).
        let adjustment = LeniencyAdjustment(leniencyByRater: [F.person(9): 0.5, F.person(4): -1, F.person(1): 2], scale: .standard)
        let managerOnly = LevelConsolidation.consolidate(ratings, adjustment: adjustment)
        // competency 1: 3 − 0.5 = 2.5; competency 2: 2 − 0.5 = 1.5
        #expect(managerOnly.map(\.level) == [2.5, 1.5])

        let policy = try ConsolidationPolicy(managerWeight: 1, selfWeight: 1, peerWeight: 1)
        let all = LevelConsolidation.consolidate(ratings, policy: policy, adjustment: adjustment).first!
        // competency 1: M = 2.5; S = 5 (person 1's leniency ignored for a self-assessment);
        // P = (4 + 4 + (2 + 1)) / 3 = 11/3;  (2.5 + 5 + 11/3) / 3 = (67/6)/3 = 67/18 ≈ 3.7222
        #expect(abs(all.level - 67.0 / 18.0) < 1e-12)
    }

    @Test(arguments: [(-1.0, 1.0, 1.0, "managerWeight"), (1, .infinity, 1, "selfWeight"), (1, 1, .nan, "peerWeight"), (0, 0, 0, "managerWeight")])
    func weightsMustBeNonNegativeFiniteAndNotAllZero(_ example: (Double, Double, Double, String)) {
        let error = #expect(throws: FieldError.self) {
            try ConsolidationPolicy(managerWeight: example.0, selfWeight: example.1, peerWeight: example.2)
        }
        #expect(error?.field == example.3)
    }

    @Test func thePolicyRoundTripsThroughJSONAndIsValidatedOnDecoding() throws {
        let policy = try ConsolidationPolicy(managerWeight: 2, selfWeight: 1, peerWeight: 1)
        let json = try JSONEncoder().encode(policy)
        #expect(try JSONDecoder().decode(ConsolidationPolicy.self, from: json) == policy)
        #expect(throws: FieldError.self) {
            try JSONDecoder().decode(ConsolidationPolicy.self, from: Data(#"{"managerWeight":-1,"selfWeight":0,"peerWeight":0}"#.utf8))
        }
    }
}
