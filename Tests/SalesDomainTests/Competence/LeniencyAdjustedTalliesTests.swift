import Foundation
import Testing
@testable import SalesDomain

@Suite struct LeniencyAdjustedTalliesTests {
    typealias F = CompetenceFixture

    /// Manager 8 is lenient by +1, manager 9 severe by −0.5 (scale 1–5). In cycle 1, competency 1:
    ///
    /// | person | group     | manager | level | self | target | adjusted level            |
    /// |--------|-----------|---------|-------|------|--------|---------------------------|
    /// | 1      | A, all    | 8       | 5     | 2    | 4      | 5 − 1 = 4 (not below)     |
    /// | 2      | B, all    | 9       | 2     | —    | 3      | 2 + 0.5 = 2.5 (below)     |
    /// | 3      | B, all    | 9       | 5     | —    | —      | 5.5, clamped to 5         |
    /// | 4      | (none)    | 8       | 3     | —    | 3      | left out: no group        |
    ///
    /// plus a draft of manager 8 on person 2, which must not count.
    let ratings: [Rating] = [
        F.rating(1, rater: 8, ratee: 1, competency: 1, .manager, level: 5),
        F.rating(2, rater: 1, ratee: 1, competency: 1, .selfAssessment, level: 2),
        F.rating(3, rater: 9, ratee: 2, competency: 1, .manager, level: 2),
        F.rating(4, rater: 9, ratee: 3, competency: 1, .manager, level: 5),
        F.rating(5, rater: 8, ratee: 4, competency: 1, .manager, level: 3),
        F.rating(6, rater: 8, ratee: 2, competency: 1, .manager, level: 1, submitted: false),
    ]
    let adjustment = LeniencyAdjustment(leniencyByRater: [F.person(8): 1, F.person(9): -0.5], scale: .standard)
    let targets: [Person.ID: [Competency.ID: Int]] = [
        F.person(1): [F.competencyID(1): 4], F.person(2): [F.competencyID(1): 3], F.person(4): [F.competencyID(1): 3],
    ]
    let groups: [Person.ID: [String]] = [F.person(1): ["A", "all"], F.person(2): ["B", "all"], F.person(3): ["B", "all"]]

    @Test func managerLevelsAreCorrectedThenTallied() {
        let tallies = LeniencyAdjustedTallies.tallies(
            ratings: ratings, policy: .managerRating, adjustment: adjustment, targets: targets, groups: groups)
        let competency = F.competencyID(1)
        // A: person 1 alone, 4 against a target of 4.
        #expect(tallies["A"]?[competency] == HeatmapTally(levelSum: 4, ratedCount: 1, targetedCount: 1, belowTargetCount: 0))
        // B: 2.5 + 5 = 7.5 over 2 people; only person 2 has a target, and is below it.
        #expect(tallies["B"]?[competency] == HeatmapTally(levelSum: 7.5, ratedCount: 2, targetedCount: 1, belowTargetCount: 1))
        // all: 4 + 2.5 + 5 = 11.5 over 3 (mean 3.8333); 1 of 2 targeted below → share 0.5.
        let all = tallies["all"]?[competency]
        #expect(all == HeatmapTally(levelSum: 11.5, ratedCount: 3, targetedCount: 2, belowTargetCount: 1))
        #expect(all?.belowTargetShare == 0.5)
        #expect(tallies.keys.sorted() == ["A", "B", "all"])
    }

    @Test func selfAssessmentsWeighInUncorrectedUnderTheCyclesPolicy() throws {
        // Manager 1 : self 1 — person 1: (4 + 2) / 2 = 3, now below the target of 4.
        let policy = try ConsolidationPolicy(managerWeight: 1, selfWeight: 1, peerWeight: 0)
        let tallies = LeniencyAdjustedTallies.tallies(
            ratings: ratings, policy: policy, adjustment: adjustment, targets: targets, groups: groups)
        #expect(tallies["A"]?[F.competencyID(1)] == HeatmapTally(levelSum: 3, ratedCount: 1, targetedCount: 1, belowTargetCount: 1))
    }

    @Test func correctingStoredTalliesGivesWhatTallyingEveryoneAdjustedGives() {
        // Person 5 in group A, rated only by manager 7, who was not calibrated: stays as stored.
        let everyone = ratings + [F.rating(7, rater: 7, ratee: 5, competency: 1, .manager, level: 2)]
        var groups = self.groups
        groups[F.person(5)] = ["A", "all"]
        let stored = LeniencyAdjustedTallies.tallies(
            ratings: everyone, policy: .managerRating, adjustment: LeniencyAdjustment(leniencyByRater: [:], scale: .standard),
            targets: targets, groups: groups)
        // The stored (unadjusted) levels of the people managers 8 and 9 rated: 1 → 5, 2 → 2, 3 → 5.
        let competency = F.competencyID(1)
        let storedLevels: [Person.ID: [Competency.ID: Double]] = [
            F.person(1): [competency: 5], F.person(2): [competency: 2], F.person(3): [competency: 5],
        ]
        let corrected = LeniencyAdjustedTallies.correcting(
            stored, storedLevels: storedLevels, ratings: everyone, policy: .managerRating, adjustment: adjustment,
            targets: targets, groups: groups)
        let direct = LeniencyAdjustedTallies.tallies(
            ratings: everyone, policy: .managerRating, adjustment: adjustment, targets: targets, groups: groups)
        #expect(corrected == direct)
        // A: person 1 at 4 (target 4) and person 5 at 2 (no target) — 6 over 2.
        #expect(corrected["A"]?[competency] == HeatmapTally(levelSum: 6, ratedCount: 2, targetedCount: 1, belowTargetCount: 0))
    }

    @Test func thePeopleBehindARowGetTheLevelsTheAdjustedRowCounts() {
        // Person 1: 5 by lenient manager 8 → 4; person 3: 5 by severe manager 9 → 5 (clamped);
        // person 5 was rated by manager 7, who was not calibrated, so is not in `ratings` and
        // keeps the stored 2. Competency 2 of person 1 has no rating left and goes.
        let competency = F.competencyID(1)
        func entry(_ person: Int, levels: [Competency.ID: Double]) -> HeatmapEntry {
            HeatmapEntry(personID: F.person(person), jobRole: .accountExecutive, teamID: nil, marketID: nil,
                         levels: levels, targets: targets[F.person(person)] ?? [:])
        }
        let stored = [
            entry(1, levels: [competency: 5, F.competencyID(2): 3]), entry(3, levels: [competency: 5]), entry(5, levels: [competency: 2]),
        ]
        let adjusted = HeatmapEntry.adjustingForLeniency(
            stored, ratings: ratings.filter { [F.person(1), F.person(3)].contains($0.rateeID) }, policy: .managerRating,
            adjustment: adjustment)
        #expect(adjusted.map(\.levels) == [[competency: 4], [competency: 5], [competency: 2]])
        #expect(adjusted.map(\.targets) == stored.map(\.targets))
        // The same levels the adjusted tallies count: person 1 alone in group A.
        let tallies = LeniencyAdjustedTallies.tallies(
            ratings: ratings, policy: .managerRating, adjustment: adjustment, targets: targets, groups: groups)
        #expect(tallies["A"]?[competency]?.levelSum == adjusted[0].levels[competency])
    }
}
