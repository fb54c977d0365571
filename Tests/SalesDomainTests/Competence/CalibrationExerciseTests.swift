import Testing
@testable import SalesDomain

@Suite struct CalibrationExerciseTests {
    typealias F = CompetenceFixture

    /// Four managers (1–4) rate six written cases on competency 2 — Shrout & Fleiss Table 2 again,
    /// with the levels kept on a 1–10 scale.
    let exercise = CalibrationExercise(
        id: F.exerciseID(1), organizationID: Fixture.organization, name: "Spring calibration",
        framework: FrameworkVersionReference(frameworkID: F.frameworkID, version: 1),
        competencyIDs: [F.competencyID(2)],
        targets: (1...6).map { CalibrationTarget(id: F.targetID($0), title: "Case \($0)", material: "A discovery call transcript") },
        raterIDs: (1...4).map(F.person), openedAt: F.day(0)
    )

    var scores: [CalibrationScore] {
        IntraclassCorrelationTests.table2.enumerated().flatMap { target, row in
            row.enumerated().map { rater, level in
                CalibrationScore(exerciseID: F.exerciseID(1), targetID: F.targetID(target + 1), raterID: F.person(rater + 1),
                                 competencyID: F.competencyID(2), level: Int(level))
            }
        }
    }

    @Test func agreementOfAnExerciseIsTheShroutFleissFamily() throws {
        let icc = try exercise.agreement(scores)
        #expect(((icc.singleRater(.twoWayRandom) ?? 0) * 100).rounded() / 100 == 0.29)
        #expect(((icc.singleRater(.twoWayMixed) ?? 0) * 100).rounded() / 100 == 0.71)
    }

    @Test func judgeOneIsTheMostLenientOfTable2() {
        // Judge means 7.667, 2.5, 4.333, 6.667; judge 1's leniency = 7.667 − mean(2.5, 4.333, 6.667) = 7.667 − 4.5 = 3.167
        let leniency = exercise.leniency(scores)
        #expect(leniency.map(\.rater) == (1...4).map(F.person))
        #expect(abs(leniency[0].leniency - (23.0 / 3.0 - 4.5)) < 1e-12)
        #expect(leniency.max { $0.leniency < $1.leniency }?.rater == F.person(1))
        #expect(leniency.min { $0.leniency < $1.leniency }?.rater == F.person(2))
    }

    @Test func aMissingScoreNamesTheCaseAndTheRater() {
        let error = #expect(throws: RatingMatrixError<CalibrationItem, Person.ID>.self) {
            try exercise.agreement(scores.filter { !($0.targetID == F.targetID(3) && $0.raterID == F.person(4)) })
        }
        #expect(error == .missingScores([.init(target: CalibrationItem(targetID: F.targetID(3), competencyID: F.competencyID(2)), rater: F.person(4))]))
    }

    @Test func scoresAreCheckedAgainstTheExercise() throws {
        let scale = try RatingScale(maximum: 10)
        try exercise.validate(scores[0], scale: scale)
        var outsider = scores[0]
        outsider.raterID = F.person(9)
        #expect((#expect(throws: FieldError.self) { try exercise.validate(outsider, scale: scale) })?.field == "raterID")
        var tooHigh = scores[0]
        tooHigh.level = 11
        #expect((#expect(throws: FieldError.self) { try exercise.validate(tooHigh, scale: scale) })?.field == "level")
        var otherCompetency = scores[0]
        otherCompetency.competencyID = F.competencyID(1)
        #expect((#expect(throws: FieldError.self) { try exercise.validate(otherCompetency, scale: scale) })?.field == "competencyID")
    }
}
